// Ergonomic brand checks: #x in obj.
class Point {
  #x = 0;
  static is(o) { return #x in o; }
  #m() {}
  static hasM(o) { return #m in o; }
  static get #g() { return 1; }
  static isClass(o) { return #g in o; }
}
console.log(Point.is(new Point()), Point.is({}), Point.is(Object.create(new Point())));
console.log(Point.hasM(new Point()), Point.isClass(Point), Point.isClass(new Point()));
try { Point.is(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Point.is(null); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Point.is(new Point()) && !Point.is([]) ? 'yes' : 'no');
// expect: true false false
// expect: true true false
// expect: TypeError Cannot use 'in' operator to search for '#x' in 1
// expect: TypeError Cannot use 'in' operator to search for '#x' in null
// expect: yes
