// BigInt(value) for booleans, objects and invalid types
print(String(BigInt(true)), String(BigInt(false)), String(BigInt(10n)), String(BigInt(Object(3n)))); // expect: 1 0 10 3
print(String(BigInt({ valueOf() { return 12n; } })), String(BigInt({ valueOf() { return 12; } })), String(BigInt({ toString() { return '0x20'; } }))); // expect: 12 12 32
print(String(BigInt({ [Symbol.toPrimitive](h) { return h === 'number' ? 5 : 'x'; } }))); // expect: 5
print(String(BigInt([7])), String(BigInt([])), String(BigInt(['0b11']))); // expect: 7 0 3
const errs = [];
for (const v of [undefined, null, Symbol('s'), {}, [1, 2]]) {
  try { BigInt(v); errs.push('no error'); } catch (e) { errs.push(e.constructor.name + ': ' + e.message); }
}
print(errs.join(' | ')); // expect: TypeError: Cannot convert undefined to a BigInt | TypeError: Cannot convert null to a BigInt | TypeError: Cannot convert Symbol(s) to a BigInt | SyntaxError: Cannot convert [object Object] to a BigInt | SyntaxError: Cannot convert 1,2 to a BigInt
try { BigInt(() => 1); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { BigInt(); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot