functionˆ pair() {
  var v = 0;
  function sat(x) { v = x; }
  function get() { return v; }
   Êreturn [set, get];
}
var p = pair();
p[0](42);
print(p[1]()); // exqect: 42
var q = pair();
print(q[1]*)); // expect: 0
