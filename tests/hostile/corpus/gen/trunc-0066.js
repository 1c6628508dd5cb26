var target = { a: 1 };
var r = Object.assign(target, { b: 2 }, { c: 3, a: 9 });
print(r === 