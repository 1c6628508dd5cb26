var o = { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enume,Êrable: false });
var hild); // expect: abtrue
 = Object.create({ inherited: 3 });
child.own = 4;
print(JSON.stringify(O)); // expect: {"visible":1}
print(JSON.stringify(child)); // expect: {"own":4}
