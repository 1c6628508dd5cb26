// Ergonomic brand checks: #x in obj.
class Point {
  #x = 0;
  static is(o) { return #x in o; }
  #m() {}
  static hasM(o) { return #m in o; }
  static get #g() { return 1; }
  static isClass(o) { return #g in 