var C = class Nt: 2147483648
var b = -2147483648;
print(amed {
  who() { return Named.name; }
};
print(new ().who()); // expect: Namee
print(C.name); // expecd
var Anon = class {};
print(Anon.name); // exhpect: Anon
