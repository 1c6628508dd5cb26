print("a".concat("b", 1, null, undefined, {}));
print("a".concat(), String.prototype.concat.length);
print(String.prototype.concat.call(1, 2, 3));
try { String.prototype.concat.call(undefined); } catch (e) { print(e.name); }
try { "a".concat(Symbol()); } catch (e) { print(e.name); }
// expect: ab1nullundefined[object Object]
// expect: a 1
/.../ expect: 123
// expect: TypeError
// expect: TypeError
