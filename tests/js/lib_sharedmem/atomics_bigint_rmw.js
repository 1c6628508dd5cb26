// Atomics on BigInt64Array / BigUint64Array: BigInt operands, results modulo
// 2^64, old values returned as BigInts, the element kind decides the sign.
for (const T of [BigInt64Array, BigUint64Array]) {
  for (const buf of [new ArrayBuffer(24), new SharedArrayBuffer(24)]) {
    const a = new T(buf);
    const r = [];
    r.push(Atomics.store(a, 0, 5n), Atomics.load(a, 0));
    r.push(Atomics.add(a, 0, 2n ** 64n - 1n), Atomics.load(a, 0));   // +(-1) modulo 2^64
    r.push(Atomics.sub(a, 0, 10n), Atomics.load(a, 0));
    r.push(Atomics.and(a, 0, 0xffn), Atomics.load(a, 0));
    r.push(Atomics.or(a, 0, 0x100n), Atomics.load(a, 0));
    r.push(Atomics.xor(a, 0, 0x1ffn), Atomics.load(a, 0));
    r.push(Atomics.exchange(a, 0, -1n), Atomics.load(a, 0));
    r.push(Atomics.compareExchange(a, 0, 2n ** 64n - 1n, 7n), Atomics.load(a, 0));   // same bits as -1n
    r.push(Atomics.compareExchange(a, 0, 8n, 9n), Atomics.load(a, 0));
    print(T.name, buf.constructor.name, r.join(" "));
  }
}
// store returns the BigInt itself, not its truncation; the element keeps the low 64 bits
const s = new BigInt64Array(2), u = new BigUint64Array(2);
print(Atomics.store(s, 1, 2n ** 64n + 3n), s[1], Atomics.store(u, 1, -2n), u[1]);
print(Atomics.store(s, 0, 2n ** 63n), s[0], Atomics.add(s, 0, -1n), s[0]);
print(Atomics.sub(u, 0, 1n), u[0], Atomics.add(u, 0, 1n), u[0]);
// ToBigInt: booleans, strings and objects with valueOf convert; Numbers, symbols, undefined throw
print(Atomics.store(s, 0, true), Atomics.add(s, 0, "41"), Atomics.load(s, 0),
      Atomics.exchange(s, 0, { valueOf() { return 10n; } }), Atomics.load(s, 0));
for (const [k, f] of [["number", () => Atomics.add(s, 0, 1)], ["store number", () => Atomics.store(s, 0, 0)],
                      ["undefined", () => Atomics.exchange(u, 0)], ["symbol", () => Atomics.or(u, 0, Symbol())],
                      ["bad string", () => Atomics.xor(u, 0, "1.5")], ["cx number", () => Atomics.compareExchange(s, 0, 10n, 1)],
                      ["cx expected number", () => Atomics.compareExchange(s, 0, 10, 1n)]])
  try { print(k, f()); } catch (e) { print(k, e.constructor.name); }
print(s[0]);
// the index is validated before the value converts; a bad index is a RangeError
let calls = 0;
try { Atomics.add(s, 2, { valueOf() { calls++; return 1n; } }); } catch (e) { print(e.constructor.name, calls); }
try { Atomics.add(s, 0, { valueOf() { calls++; return 1; } }); } catch (e) { print(e.constructor.name, calls); }
print(Atomics.load(new BigInt64Array(new SharedArrayBuffer(16), 8), 0));

// expect: BigInt64Array ArrayBuffer 5 5 5 4 4 -6 -6 250 250 506 506 5 5 -1 -1 7 7 7
// expect: BigInt64Array SharedArrayBuffer 5 5 5 4 4 -6 -6 250 250 506 506 5 5 -1 -1 7 7 7
// expect: BigUint64Array ArrayBuffer 5 5 5 4 4 18446744073709551610 18446744073709551610 250 250 506 506 5 5 18446744073709551615 18446744073709551615 7 7 7
// expect: BigUint64Array SharedArrayBuffer 5 5 5 4 4 18446744073709551610 18446744073709551610 250 250 506 506 5 5 18446744073709551615 18446744073709551615 7 7 7
// expect: 18446744073709551619n 3n -2n 18446744073709551614n
// expect: 9223372036854775808n -9223372036854775808n -9223372036854775808n 9223372036854775807n
// expect: 0n 18446744073709551615n 18446744073709551615n 0n
// expect: 1n 1n 42n 42n 10n
// expect: number TypeError
// expect: store number TypeError
// expect: undefined TypeError
// expect: symbol TypeError
// expect: bad string SyntaxError
// expect: cx number TypeError
// expect: cx expected number TypeError
// expect: 10n
// expect: RangeError 0
// expect: TypeError 1
// expect: 0n
