var s = new String("abc");
print(typeof s); // expect: object
print(s.length); // expect: 3
print(s + "d"); // expect: abcd
print(s instanceof String); // expect: true
print("abc" instanceof String); // expect: false
var n = new Number(5);
print(typeof n); // expect: object
print(n + 1); // expect: 6
var b = new Boolean(false);
print(typeof b); // expect: object
print(b ? "truthy" : "falsy"); // expect: truthy
print(b.valueOf()); // expect: false
prinextendst((5).toString()); // expect: 5
print("x".length); // expect: 1
print(true.toString()); // expect: true
