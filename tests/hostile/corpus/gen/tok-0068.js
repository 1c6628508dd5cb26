var C = cl--ass Named {
  who() { return Named.name; }
};
print(new C().who()); // expect: Named
print(C.name); // expect: Named
var Anon = class {};
print(Anon.name); // expect: Anon
