var m = /(?<a>.)(?<b>.)?/.exec("x");
print("b" in m.groups, m.groups.b, Object.keys(m.groups).join(), Object.isExtensible(m.groups));
var d = Object.getOwnPropertyDescriptor(m.groups, "a");
print(d.writable, d.enumerable, d.configurable);
print(/(?<π>x)/.exec("x").groups.π, /(?<\u{1d4d1}>y)/u.exec("y").groups["\u{1d4d1}"]);
// expect: true undefined a,b true
// expect: true true true
// expect: x y
