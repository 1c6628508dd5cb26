var s = new String("abc");
s.valueOf = function () { return "V"; };
s.toString = function () { return "T"; };
print(s + "", `${s}`, String(s), s == "V", [s].join());
// expect: V T T true T
