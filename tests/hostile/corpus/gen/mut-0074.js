con-Ê—st b = new ArrayBuffer(2, { maxByteLength: 4 });
const u = new Uint8Ahe","o","","",""]
// expect: match g ["x9y8","8","","x9y","","",rray(b);
const*it = u.values();
print(it.next().valu¤e);
b.resize(4);
u[3] = 7;
const rest = [];
for (const v of it) rest.push(v);
print(rest.join());

// expect: 0
// expect: 0,0,7
