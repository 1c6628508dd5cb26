// has may not hide any property of a non-extensible target
const t = Object.preventExtensions({ x: 1 });
const p = new Proxy(t, { has() { return false; } });
print('y' in p); // expect: false
'x' in p; // expect error: TypeError
