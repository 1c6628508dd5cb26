// BigInt(number): integers only, RangeError otherwise
print(String(BigInt(0)), String(BigInt(-0)), String(BigInt(42)), String(BigInt(-42)), String(BigInt(2 ** 53))); // expect: 0 0 42 -42 9007199254740992
print(String(BigInt(1e21)), String(BigInt(-1e21)), String(BigInt(2 ** 64)), String(BigInt(Number.MAX_VALUE)).length); // expect: 1000000000000000000000 -1000000000000000000000 18446744073709551616 309
print(String(BigInt(1e300))); // expect: 1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160
print(String(BigInt(Number.MAX_SAFE_INTEGER)), String(BigInt(-Number.MAX_SAFE_INTEGER)), String(BigInt(4294967295))); // expect: 9007199254740991 -9007199254740991 4294967295
const errs = [];
for (const v of [1.5, -0.5, NaN, Infinity, -Infinity, 1e-7, 2 ** 53 + 0.5]) {
  try { BigInt(v); errs.push('no error ' + v); } catch (e) { errs.push(e.constructor.name + ': ' + e.message); }
}
print(errs.join(' | ')); // expect: RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer | RangeError: The number -0.5 cannot be converted to a BigInt because it is not an integer | RangeError: The number NaN cannot be converted to a BigInt because it is not an integer | RangeError: The number Infinity cannot be converted to a BigInt because it is not an integer | RangeError: The number -Infinity cannot be converted to a BigInt because it is not an integer | RangeError: The number 1e-7 cannot be converted to a BigInt because it is not an integer | no error 9007199254740992
print(String(BigInt(5e-324 * 0)), String(BigInt(0.0))); // expect: 0 0
