print(JSON.stringify(1)); // expect: 1
print(JSON.stringify("s")); // expect: "s"
print(JSON.stringify(null)); // expect: null
print(JSON.stringify(true)); // expect: true
print(JSON.stringify(undefined)); // expect: undefined
print(JSON.stringify([1, "a", null, true])); // expect: [1,"a",null,true]
print(JSON.stringify({ a: 1, b: [2, 3], c: { d: "e" } })); // expect: {"a":1,"b":[2,3],"c":{"d":"e"}}
print(JSON.stringify({ u: undefined, f: function () {}, s: Symbol.iterator, k: 1 })); // expect: {"k":1}
print(JSON.stringify([undefined, function () {}])); // expect: [null,null]
print(JSON.stringify(NaN)); // expect: null
print(JSON.stringify([Infinity, -0])); // expect: [null,0]
print(JSON.stringify({})); // expect: {}
print(JSON.stringify([