class MyStr extends String { shout() { return this.toUpperCase() + "!"; } }
var m = new MyStr("hey");
print(m.shout(), m.length, m instanceof String, typeof m, String(m));
print(Object.getPrototypeOf(m) === MyStr.prototype, JSON.stringify(m));
// expect: HEY! 3 true object hey
// expect: true "hey"
