// yield* forwards return and throw to the delegate
const log = [];
const delegate = {
  [Symbol.iterator]() { return this; },
  next(v) { log.push('next'); return { done: false, value: 'd' }; },
  return(v) { log.push('return ' + v); return { done: true, value: 'dr' }; },
  throw(e) { log.push('throw ' + e); return { done: true, value: 'dt' }; }
};
function* g() { const r = yield* delegate; log.push('after ' + r); yield 'end'; }
const a = g();
a.next();
print(JSON.stringify(a.return('R'))); // expect: {"value":"dr","done":true}
const b = g();
b.next();
print(JSON.stringify(b.throw('T'))); // expect: {"value":"end","done":false}
print(log.join(';')); // expect: next;return R;next;throw T;after dt
