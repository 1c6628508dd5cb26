var bad = [-1, 0x110000, 1.5, NaN, Infinity, "x", undefined];
for (var v of bad) {
  try { String.fromCodePoint(v); print("ok"); } catch (e) { print(String(v), e.name); }
}
print(String.fromCodePoint(-0).charCodeAt(0));
var log = [];
try { String.fromCodePoint({ valueOf() { log.push(1); return 66; } }, -1, { valueOf() { log.push(3); return 1; } }); } catch (e) { print(e.name, log.join()); }
// expect: -1 RangeError
// expect: 1114112 RangeError
// expect: 1.5 RangeError
// expect: NaN RangeError
// expect: Infinity RangeError
// expect: x RangeError
// expect: undefined RangeError
// expect: 0
// expect: RangeError 1
