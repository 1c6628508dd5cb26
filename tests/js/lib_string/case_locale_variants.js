print("\u0130".toLocaleLowerCase().length, "i".toLocaleUpperCase(), "\u00DF".toLocaleUpperCase());
print("\u03A3A\u03A3".toLocaleLowerCase() === "\u03C3a\u03C2", String.prototype.toLocaleLowerCase.length);
try { String.prototype.toLocaleUpperCase.call(null); } catch (e) { print(e.name); }
// expect: 2 I SS
// expect: true 0
// expect: TypeError
