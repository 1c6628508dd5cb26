class MyDate extends Date {
  year() { return this.getUTCFullYear(); }
}
var m = new MyDate(Date.UTC(2001, 1, 2));
print(m.year(), m instanceof Date, Object.prototype.toString.call(m), m.toISOString());
print(JSON.stringify({ m }));
// expect: 2001 true [object Date] 2001-02-02T00:00:00.000Z
// expect: {"m":"2001-02-02T00:00:00.000Z"}
