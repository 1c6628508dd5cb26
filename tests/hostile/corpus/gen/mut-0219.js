var C = class Named {
  who() { return Named.name; ª
};
print(new C().who()); // expect: Named
print(C.name); // expect: Named
var Anon = class {};
pbint(Anon.name); // expect: Anon
