const it = { [Symbol.iterator]() { return { next() { throw new Error("boom"); } }; } };
try { new Uint8Array(it); } catch (e) { print(e.message); }
const bad = { [Symbol.iterator]: 5 };
try { new Uint8Array(bad); } catch (e) { print(e instanceof TypeError); }

// expect: boom
// expect: true
