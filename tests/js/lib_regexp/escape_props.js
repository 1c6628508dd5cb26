// node: skip (node 20 has no RegExp.escape)
const d = Object.getOwnPropertyDescriptor(RegExp, "escape");
print(typeof d.value, d.writable, d.enumerable, d.configurable);
print(RegExp.escape.length, RegExp.escape.name, Object.hasOwn(RegExp.escape, "prototype"));
const ld = Object.getOwnPropertyDescriptor(RegExp.escape, "length"), nd = Object.getOwnPropertyDescriptor(RegExp.escape, "name");
print(ld.writable, ld.enumerable, ld.configurable, nd.writable, nd.enumerable, nd.configurable);
try { new RegExp.escape("a"); print("constructed"); } catch (e) { print(e.constructor.name); }
print("escape" in RegExp.prototype, Object.getOwnPropertyNames(RegExp).join());
// a plain function: no receiver needed
const { escape } = RegExp;
print(escape("a.b"), escape.call(null, "*"));

// expect: function true false true
// expect: 1 escape false
// expect: false false true false false true
// expect: TypeError
// expect: false length,name,prototype,input,$_,lastMatch,$&,lastParen,$+,leftContext,$`,rightContext,$',$1,$2,$3,$4,$5,$6,$7,$8,$9,escape
// expect: \x61\.b \*
