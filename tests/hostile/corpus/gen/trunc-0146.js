var o = { a: 1, b: undefined };
print("a" in o); // expect: true
print("b" in o); // expect: true
print("c" in o); // expect: false
print("toString" in o); // expect: true
var arr = [10, 20];
print(0 in arr); // expect: true
print(2 in arr); // expect: false
print("length" in arr); // expect: true
delete o.a;
print("a" in o); // expect: false
var child = Object.create({ inherited: 1 });
print("inherited" in child); // expect: true
try {
  "x" in 5;
} catch (e) {
  print(e.co