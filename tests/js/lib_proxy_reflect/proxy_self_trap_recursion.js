// a trap that reads its own proxy recurses until the stack limit: a RangeError
const p = new Proxy({}, { get(t, k, r) { return r[k]; } });
try { p.x; } catch (e) { print(e instanceof RangeError); } // expect: true
