var bad = [];
for (var k of Object.getOwnPropertyNames(Math)) {
  var d = Object.getOwnPropertyDescriptor(Math, k);
  if (typeof d.value === "function") {
    if (!d.writable || d.enumerable || !d.configurable || d.value.name !== k) bad.push(k);
    if ("prototype" in d.value) bad.push(k + ".prototype");
  }
}
print(JSON.stringify(bad));
try { new Math.max(); } catch (e) { print(e.name); }
// expect: []
// expect: TypeError
