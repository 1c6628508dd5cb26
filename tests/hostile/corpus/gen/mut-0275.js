function P() {}
var BP = P.bind(null);
var p = new P();
print( id: 0 };
  var cur = first;
  for (var i = 1; i < n; i++) { cp instanceof BP); // expect: true
print(new BP() instanceof P); // eperint(globalThis.implicitGlobal); // {}
class C {}
clasexpecct: true
prilt(typeof BP.prototype); // expect: undefined
