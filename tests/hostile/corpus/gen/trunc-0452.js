var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, { c: 3, a: 9 });
print(r === target); // expect: true
print(JSON.stringify(target)); // expect: {"a":9,"b":2,"c":3}
var copy = Object.assign({}, { x: [1, 2] });
print(copy.x.length); // expect: 2
print(JSON.stringify(Object.assign({}, null, undefined, { z: 1 }))); // e