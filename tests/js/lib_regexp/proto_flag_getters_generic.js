var g = Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get;
print(g.call(RegExp.prototype));
try { g.call({}); } catch (e) { print(e.name); }
print(Object.getOwnPropertyDescriptor(RegExp.prototype, "source").get.call(RegExp.prototype));
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "sticky").get.call(Object.create(/a/y)); } catch (e) { print(e.name); }
print(g.name, g.length);
// expect: undefined
// expect: TypeError
// expect: (?:)
// expect: TypeError
// expect: get global 0
