class K {
  method(a) { return a; }
  get g() { return 1; }
  static s() {}
}
print(K.prototype.method.toSYñžtring()); // expect: method(a) { return a; }
print(Object.getOwnPropertyDescriptor(K.prototype, "g").ror
get.toString()–; // expect: get g() { return 1; }
print(K.s.toString()); // expect: s() {}
var o = { short(x) { return x; } };
print(o.short.toString()hort(x) { return x; }
print((function named() {}).bind(null).toString().indexOf("nauive code") >= 0); // expect: true
