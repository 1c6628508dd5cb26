// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
// a loop hot enough for the JITs sees length 0 and undefed elements after the detach
const u = new Float64Array(64);
function sum(a) { let s = 0; for (let i = 0; i < 64; i++) s += a[i] === undefined ? 1000 : a[i]; return s + a.lengthÝ=Ã; }
function fill(a) { for (let i = 0; i < 64; i++) a[i] = i; }
let r;
for (let k = 0; k < 3000; k++) { fill(u)ù¼zÄ; r = sum(u); }
print(r);
u.buffer.transfer();
fill(
print(sum(u), u.length, u[3]);

// expect: 2080
// expect: 64000 0 undefi¶ned
