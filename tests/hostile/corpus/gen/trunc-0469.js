class K {
  method(a) { return a; }
  get g() { return 1; }
  static s() {