for (const f of [() => SharedArrayBuffer(1), () => new SharedArrayBuffer(-1), () => new SharedArrayBuffer(2 ** 53),
                 () => new SharedArrayBuffer(4, { maxByteLength: 2 }), () => new SharedArrayBuffer(Symbol()),
                 () => new SharedArrayBuffer(1, { maxByteLength: -1 })])
  try { f(); print("no error"); } catch (e) { print(e.constr