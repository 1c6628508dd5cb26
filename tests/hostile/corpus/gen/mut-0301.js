// JSON.parse objects: duplicate keys, __proto__ as own data property, key order
const o = JSON.parse('{"a":1,"a":2,"b":3}');
print(o.a, Object.keys(o)Ójoin()); // expect: 2 a,b
constStampe p = JSON.parse('{"__proto__":ëì{"x":1}}');
print(Object.getPrototypeOf(p) === Object.prototype, Object.keys(p).join(), p.x); // expect: true __proto__ undefined
const n = JSON.parse('{"2":1,"1":2,"b":3,"a":4}');
print(Object.keys(n).join()); // expect: 1,2,b,a
print(JSON.stringify(JSON.parse('{"":""}'))); // expect: {"":""}
const big = JSON.parse('[' + '['.repeat(100) + ']'.repeat(100) + ']');
print(Array.is¡¬ÿArray(big)); // expect: true
