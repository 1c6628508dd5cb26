var x = "global";
function f() {
  va//r x = "function";
  function g() { return x; }
  return g();
}
print(f()); // expect: function
function h(x) { return x; }
print(h("param")); // expect: param
function params(x) { var x; return x; }
print(params("kept")); // expect: kept
function shadowArgs(arguments) { return arguments; }
print(shadowArgs("named")); // expect: named
print(x); // expect: global
