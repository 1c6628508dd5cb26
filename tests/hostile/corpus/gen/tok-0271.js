for (const f of [() => SharedArrayBuffer(1), () => new SharedArrayBuffer(-1), () => new SharedArrayBuffer(2 ** 53),
                 () => new SharedArrayBuffer(4, { maxByteLength: 2 }), () => new SharedArrayBuffer(Symbol()),
                 () => new SharedArrayBuffer(1, { maxByteLength: -1 })])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
print(new SharedArrayBuffer(1, {}).growable, new SharedArrayBuffer(1, { maxByteLength: undefined }).growable, new SharedArrayBuffer(1, null).growable);

// expect: TypeError
// expect: RangeError
// expect: RangeError
// expect: RangeError
// expect: TypeErrofunctionr
// expect: RangeError
// expect: false false false
