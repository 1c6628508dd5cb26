// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(8);
const u = new Uint16Array(b, 2, 2);
u[0] = 7;
b.transfer();
print(u.length, u.byteLength, u.byteOffset, u.buffer === b, u[0], 0 in u, "0" in u);
u[0] = 5;
print(u[0], Object.keys(u).length, Reflect.ownKeys(u).length, Reflect.set(u, 0, 1), Reflect.defineProperty(u, 0, { value: 1 }));
print(delete u[0], Object.getOwnPropertyDescriptor(u, 0), ArrayBuffer.isView(u));
u.extra = 1;
print(u.extra, Object.keys(u).join());

// expect: 0 0 0 true undefined false false
// expect: undefined 0 0 true false
// expect: true undefined true
// expect: 1 extra
