var m = "a.b".match(".");
print(m[0], m.index, JSON.stringify(m.input));
print("abc".match(null), JSON.stringify("null".match(null)));
try { "a+b".match("+b"); } catch (e) { print(e.name); }
print("x1y2".match(/\d/g).join());
print(JSON.stringify("abc".match()));
// expect: a 0 "a.b"
// expect: null ["null"]
// expect: SyntaxError
// expect: 1,2
// expect: [""]
