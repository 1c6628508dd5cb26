var bad = ["\\a", "\\-", "a{", "}", "]", "\\c0", "[\\c0]", "\\u12", "\\x1", "(?=a)?", "\\p", "\\P{}", "[\\s-z]", "\\00", "\\1"];
print(bad.map(function (p) { try { new RegExp(p, "u"); return "ok"; } catch (e) { return e.name[0]; } }).join(""));
print(bad.map(function (p) { try { new RegExp(p); return "ok"; } catch (e) { return e.name[0]; } }).join(" "));
// expect: SSSSSSSSSSSSSSS
// expect: ok ok ok ok ok ok ok ok ok ok ok ok ok ok ok
