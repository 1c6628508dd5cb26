const shared = new SharedArrayBuffer(16);
const tries = [
  ["not shared", () => Atomics.wait(new Int32Array(4), 0, 0, 0)],
  ["Int8", () => Atomics.wait(new Int8Array(shared), 0, 0, 0)],
  ["Uint32", () => Atomics.wait(new Uint32Array(shared), 0, 0, 0)],
  ["Float64", () => Atomics.wait(new Float64Array(shared), 0, 0, 0)],
  ["index", () => Atomics.wait(new Int32Array(shared), 4, 0, 0)],
  ["negative", () => Atomics.wait(new Int32Array(shared), -1, 0, 0)],
  ["symbol value", () => Atomics.wait(new Int32Array(shared), 0, Symbol(), 0)],
  ["symbol timeout", () => Atomics.wait(new Int32Array(shared), 0, 0, Symbol())],
  ["object", () => Atomics.wait({}, 0, 0, 0)],
];
for (const [n, f] of tries) try { print(n, f()); } catch (e) { print(n, e.constructor.name); }
// not shared is reported before a bad index
try { Atomics.wait(new Int32Array(1), 9, 0, 0); } catch (e) { print(e.constructor.name); }

// expect: not shared TypeError
// expect: Int8 TypeError
// expect: Uint32 TypeError
// expect: Float64 TypeError
// expect: index RangeError
// expect: negative RangeError
// expect: symbol value TypeError
// expect: symbol timeout TypeError
// expect: object TypeError
// expect: TypeError
