var ws = " \t\n\v\f\r\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
print(JSON.stringify((ws + "x" + ws).trim()));
print(JSON.stringify((ws + "x" + ws).trimStart()).length, JSON.stringify((ws + "x" + ws).trimEnd()).length);
print(JSON.stringify("\u180Ex\u200B".trim()));
print(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
print(String.prototype.trimStart.name, String.prototype.trimEnd.name, String.prototype.trim.length);
// expect: "x"
// expect: 28 28
// expect: "᠎x​"
// expect: true true
// expect: trimStart trimEnd 0
