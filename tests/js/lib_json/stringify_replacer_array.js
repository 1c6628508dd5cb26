// replacer array: selects and orders keys, dedups, accepts numbers and Number/String objects
const o = { a: 1, b: 2, c: 3, 1: 'one' };
print(JSON.stringify(o, ['c', 'a'])); // expect: {"c":3,"a":1}
print(JSON.stringify(o, ['a', 'a', 1, new String('b'), new Number(1), {}, true])); // expect: {"a":1,"1":"one","b":2}
print(JSON.stringify({ a: { a: 1, b: 2 }, b: 3 }, ['a'])); // expect: {"a":{"a":1}}
print(JSON.stringify([{ a: 1, b: 2 }], ['b'])); // expect: [{"b":2}]
print(JSON.stringify(o, [])); // expect: {}
const sparse = ['b'];
sparse[2] = 'a';
print(JSON.stringify(o, sparse)); // expect: {"b":2,"a":1}
