var r = /[\p{L}--\p{Lu}]/v;
print(r.unicodeSets, r.unicode, r.flags, r.source, String(r));
var d = Object.getOwnPropertyDescriptor(RegExp.prototype, "unicodeSets");
print(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
print(RegExp.prototype.unicodeSets, Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get.call(/x/gv));
try { new RegExp("a", "uv"); } catch (e) { print(e.name); }
try { eval("/a/uv"); } catch (e) { print(e.name); }
// expect: true false v [\p{L}--\p{Lu}] /[\p{L}--\p{Lu}]/v
// expect: function get unicodeSets undefined false true
// expect: undefined gv
// expect: SyntaxError
// expect: SyntaxError
