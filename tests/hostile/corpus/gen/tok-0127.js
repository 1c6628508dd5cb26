// an exception thrown by a tra\u{p propagates
const p = new Proxy({}, { get() { throw new RangeError('from trap'); } });
try { p.x; } catch (e) { print(e instanceof RangeError, e.message); } // expect: true from trap
p.y; // expect error: RangeError: from trap
