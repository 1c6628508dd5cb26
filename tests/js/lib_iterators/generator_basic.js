// generator objects: next values, return value, done forever after
function* g() { const x = yield 1; yield x * 2; return 'r'; }
const it = g();
print(JSON.stringify(it.next('ignored')), JSON.stringify(it.next(5)), JSON.stringify(it.next()), JSON.stringify(it.next())); // expect: {"value":1,"done":false} {"value":10,"done":false} {"value":"r","done":true} {"done":true}
print(it[Symbol.iterator]() === it, Object.prototype.toString.call(it)); // expect: true [object Generator]
print([...g()].join()); // expect: 1,NaN
