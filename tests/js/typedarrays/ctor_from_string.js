// strings are primitives: ToIndex, not an iterable
try { print(new Uint8Array("abc").length); } catch (e) { print(e.constructor.name); }
print(new Uint8Array("4").length);

// expect: 0
// expect: 4
