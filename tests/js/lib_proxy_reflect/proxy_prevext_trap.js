// preventExtensions trap that really prevents extensions
const t = { a: 1 };
let n = 0;
const p = new Proxy(t, { preventExtensions(target) { n++; Object.preventExtensions(target); return true; } });
print(Object.preventExtensions(p) === p); // expect: true
print(Object.isExtensible(t), n); // expect: false 1
print(Reflect.preventExtensions(p), n); // expect: true 2
