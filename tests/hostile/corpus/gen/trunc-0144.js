// an exception thrown by a trap propagates
const p = new Proxy({}, { get() { throw new RangeError('from trap'); } });
try { p.x; } catch 