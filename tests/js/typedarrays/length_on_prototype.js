const P = Object.getPrototypeOf(Int8Array.prototype);
try { P.length; } catch (e) { print(e instanceof TypeError); }
print(Object.hasOwn(new Uint8Array(1), "length"));

// expect: true
// expect: false
