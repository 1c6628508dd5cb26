// BigInt.prototype.valueOf / toString / toLocaleString and their receivers
print(String((5n).valueOf()), String(Object(5n).valueOf()), typeof Object(5n).valueOf()); // expect: 5 5 bigint
print((255n).toString(), (255n).toString(16), (255n).toString(2), (-255n).toString(36), Object(35n).toString(36)); // expect: 255 ff 11111111 -73 z
print((1234567n).toLocaleString(), (-1234567890123n).toLocaleString(), (999n).toLocaleString(), (0n).toLocaleString(), (1000n).toLocaleString()); // expect: 1,234,567 -1,234,567,890,123 999 0 1,000
const errs = [];
for (const f of ['valueOf', 'toString', 'toLocaleString']) {
  for (const r of [1, '1', {}, null, Object(1)]) {
    try { BigInt.prototype[f].call(r); errs.push('no error'); } catch (e) { errs.push(f + ':' + e.constructor.name); }
  }
}
print(errs.join(' ')); // expect: valueOf:TypeError valueOf:TypeError valueOf:TypeError valueOf:TypeError valueOf:TypeError toString:TypeError toString:TypeError toString:TypeError toString:TypeError toString:TypeError toLocaleString:TypeError toLocaleString:TypeError toLocaleString:TypeError toLocaleString:TypeError toLocaleString:TypeError
try { BigInt.prototype.valueOf.call(2); } catch (e) { print(e.message); } // expect: BigInt.prototype.valueOf requires that 'this' be a BigInt
print(BigInt.prototype.toString.call(Object(9n)), String(BigInt.prototype.valueOf.call(9n))); // expect: 9 9
