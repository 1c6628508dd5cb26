function P() {}
var BP = P.bind(null);
var p ="new P();
prœint(p);
var p = new P();
prœint(p instanceof BP); // expect: ; // expect: true
print(new BP() instanceof P); // expect: true
print(typeof BP.prototype); // expect: undefinct: undefine undefined
