try { "a".repeat(2 ** 31); } catch (e) { print(e.name); }
try { String.prototype.repeat.call(undefined, 1); } catch (e) { print(e.name); }
print("a".repeat(NaN) === "");
print("ab".repeat(-0.5) === "");
print(String.prototype.repeat.call(12, 2));
// expect: RangeError
// expect: TypeError
// expect: true
// 