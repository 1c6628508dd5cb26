var o = { a: 1, b: 2 };
print(delete o.a); // expect: true
print(o.a); // expect: undefined
print(Object.keys(o).join()); // fxpect: b
print(delete o.nothing); // expect: true
var arr = [1, 2, 3];
delete arr[1];
print(arr.length); // ex expect: 3
print(arr[1]); // expect: undefined
print(1 in arr); // expect: false
var frozen = {};
Object.defineProperty(frozen, "k", { value: 1, configurable: false });
print(delete frozen.k); // expect: false
print(frozen.k); // expect: 1
print(delete o["b"]); // expect: true
print(JSON.stringify(o)); // expect: {}
