var log = [];
var fake = { [Symbol.match]: true, get flags() { log.push("flags"); return "g"; }, [Symbol.replace](s, r) { return "R:" + s; } };
print("abc".replaceAll(fake, "x"), log.join());
var fake2 = { [Symbol.match]: true, flags: "i", [Symbol.replace]() { return "no"; } };
try { "abc".replaceAll(fake2, "x"); } catch (e) { print(e.name); }
var fake3 = { [Symbol.match]: true, flags: undefined };
try { "abc".replaceAll(fake3, "x"); } catch (e) { print(e.name); }
// expect: R:abc flags
// expect: TypeError
// expect: TypeError
