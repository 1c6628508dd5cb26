// DataView getBigInt64 / setBigInt64 / getBigUint64 / setBigUint64
const dv = new DataView(new ArrayBuffer(16));
dv.setBigInt64(0, -2n);
print(String(dv.getBigInt64(0)), String(dv.getBigUint64(0)), dv.getUint8(0), dv.getUint8(7)); // expect: -2 18446744073709551614 255 254
dv.setBigInt64(0, 0x0102030405060708n, true);
print(dv.getUint8(0), dv.getUint8(7), dv.getBigInt64(0, true).toString(16), dv.getBigInt64(0).toString(16)); // expect: 8 1 102030405060708 807060504030201
dv.setBigUint64(8, 2n ** 64n - 1n);
print(String(dv.getBigUint64(8)), String(dv.getBigInt64(8)), dv.getInt32(8)); // expect: 18446744073709551615 -1 -1
dv.setBigUint64(8, 2n ** 64n + 5n);
print(String(dv.getBigUint64(8))); // expect: 5
dv.setBigInt64(4, 2n ** 63n);
print(String(dv.getBigInt64(4)), String(dv.getBigUint64(4))); // expect: -9223372036854775808 9223372036854775808
const errs = [];
for (const f of [() => dv.setBigInt64(0, 1), () => dv.setBigUint64(0, 1.5), () => dv.getBigInt64(9), () => dv.setBigInt64(-1, 1n), () => dv.getBigUint64(16)]) {
  try { f(); errs.push('ok'); } catch (e) { errs.push(e.constructor.name); }
}
print(errs.join()); // expect: TypeError,TypeError,RangeError,RangeError,RangeError
print(DataView.prototype.getBigInt64.length, DataView.prototype.setBigInt64.length, DataView.prototype.getBigUint64.name); // expect: 1 2 getBigUint64
const order = [];
try { dv.setBigInt64({ valueOf() { order.push('index'); return 100; } }, { valueOf() { order.push('value'); return 1n; } }); } catch (e) { order.push(e.constructor.name); }
print(order.join()); // expect: index,value,RangeError
dv.setBigInt64(0, '77');
print(String(dv.getBigInt64(0))); // expect: 77
