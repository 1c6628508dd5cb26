// BigInt(string): StringToBigInt
print(String(BigInt('')), String(BigInt('  ')), String(BigInt('123')), String(BigInt('-123')), String(BigInt('+123'))); // expect: 0 0 123 -123 123
print(String(BigInt('0x1F')), String(BigInt('0o17')), String(BigInt('0b101')), String(BigInt('0X10')), String(BigInt('0B11')), String(BigInt('0O7'))); // expect: 31 15 5 16 3 7
print(String(BigInt('  42\n')), String(BigInt('\t-7 ')), String(BigInt('\u00a0 9 \ufeff')), String(BigInt('007'))); // expect: 42 -7 9 7
print(String(BigInt('123456789012345678901234567890123456789012345678901234567890'))); // expect: 123456789012345678901234567890123456789012345678901234567890
print(String(BigInt('0x' + 'f'.repeat(40)))); // expect: 1461501637330902918203684832716283019655932542975
const errs = [];
for (const s of ['1n', '1.5', '1e3', '0x', '-0x10', '1_000', 'abc', '--1', '+', '0xg', 'Infinity', '0b2', '0o8', '1 2']) {
  try { errs.push(String(BigInt(s))); } catch (e) { errs.push(e.constructor.name + ': ' + e.message); }
}
print(errs.join(' | ')); // expect: SyntaxError: Cannot convert 1n to a BigInt | SyntaxError: Cannot convert 1.5 to a BigInt | SyntaxError: Cannot convert 1e3 to a BigInt | SyntaxError: Cannot convert 0x to a BigInt | SyntaxError: Cannot convert -0x10 to a BigInt | SyntaxError: Cannot convert 1_000 to a BigInt | SyntaxError: Cannot convert abc to a BigInt | SyntaxError: Cannot convert --1 to a BigInt | SyntaxError: Cannot convert + to a BigInt | SyntaxError: Cannot convert 0xg to a BigInt | SyntaxError: Cannot convert Infinity to a BigInt | SyntaxError: Cannot convert 0b2 to a BigInt | SyntaxError: Cannot convert 0o8 to a BigInt | SyntaxError: Cannot convert 1 2 to a BigInt
