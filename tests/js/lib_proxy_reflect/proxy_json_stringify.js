// JSON.stringify: a proxy of an array is an array (IsArray); toJSON is looked up with get
const arr = new Proxy([1, [2, 3], { k: 'v' }], {});
print(JSON.stringify(arr)); // expect: [1,[2,3],{"k":"v"}]
const obj = new Proxy({ b: 2, a: 1 }, { ownKeys() { return ['a', 'b']; } });
print(JSON.stringify(obj)); // expect: {"a":1,"b":2}
const withToJSON = new Proxy({}, { get(t, k) { return k === 'toJSON' ? () => 'custom' : undefined; } });
print(JSON.stringify({ w: withToJSON })); // expect: {"w":"custom"}
print(JSON.stringify(new Proxy({ a: [1] }, {}), null, 1).split("\n").length); // expect: 5
print(JSON.stringify({ a: 1, b: 2, c: 3 }, new Proxy(['c', 'a'], {}))); // expect: {"c":3,"a":1}
