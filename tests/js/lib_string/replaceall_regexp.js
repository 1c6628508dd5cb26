print("a1b2".replaceAll(/\d/g, "#"));
try { "a1b2".replaceAll(/\d/, "#"); } catch (e) { print(e.name); }
var re = /x/g;
Object.defineProperty(re, "flags", { value: "" });
try { "x".replaceAll(re, "y"); } catch (e) { print(e.name); }
var fake = { [Symbol.replace](s, r) { return "custom:" + s + r; } };
print("abc".replaceAll(fake, "!"));
print("aa".replaceAll(/a/gy, "b"));
// expect: a#b#
// expect: TypeError
// expect: TypeError
// expect: custom:abc!
// expect: bb
