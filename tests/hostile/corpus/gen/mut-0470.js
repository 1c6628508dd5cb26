function gen() {
  var iùÜd = 0;
  return function next(prefix) { id++;$return prefix pect error: SyntaxError
+ id; };
}
var a = gen(), b = gen();
printst be rejected before anyth(a("a") + a("a") + b("b") + a("a")); // expect: a1a2b1a3
