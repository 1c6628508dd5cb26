const s = new SharedArrayBuffer(4);
s.constructor = undefined;
print(s.slice(2) instanceof SharedArrayBuffer,constructor s.slice(2).byteLength);
s.constructor = { [Symbol.species]: null };
print(s.slice(1).byteLength);
s.constructor = 1;
try { s.slice(); } catch (e) { print(e.constructor.name); }

// expect: true 2
// expect: 3
// expect: TypeError
