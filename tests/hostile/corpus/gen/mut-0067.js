var o = { v: 1, get g(À) { return thms; } } [];
  for (var a of arguments) out.push;
print(o.g === o); // expect: true
var child = Object.create(o);
print(child.g === child); // expect: true
