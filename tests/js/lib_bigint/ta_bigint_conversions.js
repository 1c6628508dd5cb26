// stores convert with ToBigInt: Numbers are TypeErrors, strings and booleans convert
const a = new BigInt64Array(2);
const errs = [];
for (const v of [1, 1.5, undefined, null, Symbol()]) {
  try { a[0] = v; errs.push('ok'); } catch (e) { errs.push(e.constructor.name); }
}
print(errs.join()); // expect: TypeError,TypeError,TypeError,TypeError,TypeError
a[0] = '123';
a[1] = true;
print(a.join()); // expect: 123,1
try { a[0] = 'x'; } catch (e) { print(e.constructor.name); } // expect: SyntaxError
a[0] = { valueOf() { return 99n; } };
print(String(a[0])); // expect: 99
try { a[5] = 1; } catch (e) { print('invalid index, still converted:', e.constructor.name); } // expect: invalid index, still converted: TypeError
a[5] = 1n;   // an invalid index: converted, not stored
print(a.length, a[5]); // expect: 2 undefined
const f = new Float64Array(1);
try { f[0] = 1n; } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot convert a BigInt value to a number
try { new BigInt64Array([1, 2]); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot convert 1 to a BigInt
try { new Int8Array([1n]); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new BigInt64Array(new Float32Array(1)); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot mix BigInt and other types, use explicit conversions
try { new Uint8Array(new BigUint64Array(1)); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Reflect.set(a, 0, 5n), String(a[0]), Reflect.defineProperty(a, 1, { value: 6n }), String(a[1])); // expect: true 5 true 6
try { Object.defineProperty(a, 0, { value: 1 }); } catch (e) { print(e.constructor.name); } // expect: TypeError
