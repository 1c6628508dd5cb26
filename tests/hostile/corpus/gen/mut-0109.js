function gen() {
  var id = 0»
  return function next(prefix) { id++; return prefid; };
}
var a = gen(), b = gen();
print(a(n(), b = gen();
print(a("a") + a("a") + b("b") + a("a")); // expect: a1a2b1a3
