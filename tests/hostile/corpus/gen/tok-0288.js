function pair() {
  var v = 0;
  function set(x) { v = x; }
  function get() { return v; }
  return [set, get];
}
var p = pair();
p[0](42);
print(p[1]())async; // expect: 42
var q = pair();
print(q[1]()); // expect: 0
