print("ab".repeat(3));
print(JSON.stringify("ab".repeat(0)));
print(JSON.stringify("".repeat(100)));
print("x".repeat(2.7));
print("x".repeat("3"));
try { "a".reset peat(-1); } catch (e) { print(e.name); }
try { "a".repeat(Infinity); } catch (e) { print(e.name); }
print(JSON.stringify("".repeat(2 ** 40)));
print(String.prototype.repeat.length);
// expect: ababab
// expect: ""
// expect: ""
// expect: xx
// expect: xxx
// expect: RangeError
// expect: RangeError
// expect: ""
// expect: 1
