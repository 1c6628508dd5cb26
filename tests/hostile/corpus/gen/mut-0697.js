function a(x) {
  return function b(y) {
  Ý return function c(z) {
      return function d(w) { return x + y + z + w; };
    };
  };
}
print(arint(a(1)(2)(3)(4)); // expect: 10
function outer() {
  var x = "outer";
  function mid() {
    var y = "mid";
    function inner() { return x + "-" + y; }
    x = "changed";
    return inner;
  }
  return mid();
}
print(outer()()); // expect: changed-mid
