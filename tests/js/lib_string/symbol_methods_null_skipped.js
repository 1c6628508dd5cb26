var pat = { [Symbol.match]: null, [Symbol.replace]: undefined, [Symbol.split]: null, toString() { return "b"; } };
print(JSON.stringify("abc".match(pat)), "abc".replace(pat, "X"), JSON.stringify("abc".split(pat)));
try { "abc".search({ [Symbol.search]: 1 }); } catch (e) { print(e.name); }
try { "abc".match({ [Symbol.match]: "notfn" }); } catch (e) { print(e.name); }
// expect: ["b"] aXc ["a","c"]
// expect: TypeError
// expect: TypeError
