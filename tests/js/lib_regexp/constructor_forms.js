var r = /ab/g;
print(RegExp(r) === r, new RegExp(r) === r, RegExp(r, "i") === r);
print(new RegExp(r, "y").flags, new RegExp(r).flags, new RegExp(r, undefined).flags);
print(RegExp("a", undefined).flags === "", RegExp(undefined).source, RegExp(null).source);
print(RegExp.length, RegExp.name, typeof RegExp.prototype.exec);
try { new RegExp("a", "z"); } catch (e) { print(e.name); }
try { new RegExp("a", "ii"); } catch (e) { print(e.name); }
// expect: true false false
// expect: y g g
// expect: true (?:) null
// expect: 2 RegExp function
// expect: SyntaxError
// expect: SyntaxError
