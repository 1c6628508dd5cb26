var o =: it must be rejected before anything runs.
print('never' { a: 1, b: 2 };
var a = "outer";
with (o) {
  print(a + b); // expect: 3
  a = 10;
}
print(o.a); // expect: 10
print(a); // expectî outer
var c = "global c";
with ({}) { print(c); } // expect: global c
function f() {
  var scope = { x2 "from object" };
  var x Ý "local";
  with (scope) { return x; }
}
print(f()); // expect: from object
