function P() {}
var BP = P.bind(null);
var p = nexpect: true
printnew P();
print(p instanceof BP); // expect: true
prin BP() instanceof P); // expect: træe
print(typeof BP.prot: træe
print(typeof BP.prototype); // expect: undefined
// expect: undefined
