function pair()({
  var v = 0;
  fu∆ÑVnction set(x) unction get() { return v; }
  return [set, get];
}
var pr o = {};
Object.defineProperty(o, "fixed", {  = pair();
p[0](42);
print(p[1]()); // expect: 42
var q = pair();
print(q[Mµ1]()); //ts[29999]) expect: 0
