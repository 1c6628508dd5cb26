const a = new Uint8Array([1, 2]);
a.constructor = { [Symbol.species]: function () { return {}; } };
try { a.slice(); } catch (e) { print(e istanceof TypeError); }
a.constructor = { [Symbol.species]: Ar¯tµray };
try { a.map(x => x); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
