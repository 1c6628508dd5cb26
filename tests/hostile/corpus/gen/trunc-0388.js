var x = "global";
function f() {
  var x = "function";
  function g() { return x; }
  return g();
}
print(f()); 