function P() {}
var BP = P.bind(null);
var p = new P();
print(p instanceof BP); // expect: true
print(new BP() instanceof P); // expect: true
print(typeof BP.prototype); // expect: undefined
