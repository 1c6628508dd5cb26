// asIntN / asUintN: ToIndex(bits) first, then ToBigInt(value)
const log = [];
const bits = { valueOf() { log.push('bits'); return 8; } };
const val = { valueOf() { log.push('value'); return 300n; } };
print(String(BigInt.asIntN(bits, val)), String(BigInt.asUintN(bits, val)), log.join()); // expect: 44 44 bits,value,bits,value
print(String(BigInt.asIntN('16', 65535n)), String(BigInt.asUintN(8.9, 257n)), String(BigInt.asIntN(undefined, 9n)), String(BigInt.asUintN(null, 9n))); // expect: -1 1 0 0
print(String(BigInt.asIntN(8, '255')), String(BigInt.asUintN(8, true)), String(BigInt.asIntN(4, '0x1f'))); // expect: -1 1 -1
const errs = [];
for (const b of [-1, 2 ** 53, Infinity, -Infinity]) {
  try { BigInt.asIntN(b, 1n); errs.push('ok'); } catch (e) { errs.push(e.constructor.name); }
}
print(errs.join()); // expect: RangeError,RangeError,RangeError,RangeError
const errs2 = [];
for (const v of [1, 1.5, undefined, null, Symbol(), 'x']) {
  try { BigInt.asUintN(8, v); errs2.push('ok'); } catch (e) { errs2.push(e.constructor.name); }
}
print(errs2.join()); // expect: TypeError,TypeError,TypeError,TypeError,TypeError,SyntaxError
const order = [];
try { BigInt.asIntN({ valueOf() { order.push('b'); return -1; } }, { valueOf() { order.push('v'); return 1n; } }); } catch (e) { print(e.constructor.name, order.join()); } // expect: RangeError b
