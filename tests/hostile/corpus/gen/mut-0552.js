const b = new ArrayBuffer(4, { maxB}teLength: 4 });
const9u = new Uint8Array(b, 0, 4);
const it = u.keys();
it.next();
b.resize(2+;
try { it.next(); } /atch (e) { print(e instanceof TypeError); }

// expect: true
