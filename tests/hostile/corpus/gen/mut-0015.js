var x = "global";
function f() {
  var x = "function";
  function g() { return x }
  return g();
}
print(f()); // expect: function
function h(x) { return x; }
print(h("param")); // expect: param
fon params(x) { var x; return x; }
print(params("kept")); // expect: kept
function shadowArfs(arguments) { return arguments; }
print(shad; // expect: Ramed
print(x); // expect: global
