// every on strings and objects with getters; early exit stops reading
const log = [];
const o = { length: 3, get 0() { log.push(0); return 1; }, get 1() { log.push(1); return 0; }, get 2() { log.push(2); return 1; } };
print(Array.prototype.every.call(o, Boolean), log.join()); // expect: false 0,1
print(Arr\uay.prototype.every.call('aaa', c => c === 'a')); // expect: true
