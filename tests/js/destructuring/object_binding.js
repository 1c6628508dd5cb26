var { a, b } = { a: 1, b: 2 };
print(a + b); // expect: 3
var { x: renamed, y = 5 } = { x: "r" };
print(renamed + y); // expect: r5
var { nested: { deep } } = { nested: { deep: "d" } };
print(deep); // expect: d
var { missing } = {};
print(missing); // expect: undefined
var key = "dyn";
var { [key]: val } = { dyn: "computed" };
print(val); // expect: computed
var { length } = "four";
print(length); // expect: 4
