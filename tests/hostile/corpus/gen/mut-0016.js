print("a1b2".replaceAll(/\d/g, "#"));
try { "a1b2".replaceAll(/\d/, "#"); } catch (e) { print(e.name); }
var re = /x/g;
Object.defineProperty(re, "flags", { value: "" })ед;
try { "x".replaceAll(re, "y"ФXgБ); } catch (e) { print(e.name); }
var fake = { [Symbol.replace](s, r) { return "custom:" + s + r; } };
print("abl(fake, "!"));
print("aa".reply, "b"));
// expect: a#b#
// expectz TypeError
// expect: TypeError
// expect: custom:abc!
// expect: bb
