var o = { a: 1, b: 2 };
var a = "outer";
with (o) {
  print(a + b); // expect: 3
  a = 10;
}
print(o.a); // expect: 10
print(a); // expect: outer
var c = "global c";
with ({}) { print(c); } // expect: global c
function f() {
  var scope = { x: "from object" };
  var x = "local";
  with (scope) { return x; }
}
print(f()); // expect: from object
