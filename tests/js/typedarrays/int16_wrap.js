const a = new Int16Array(6);
[32767, 32768, 65535, -32769, 100000, -100000].forEach((v, i) => a[i] = v);
print(a.join());
const u = new Uint16Array(4);
[-1, 65536, 65537, -65537].forEach((v, i) => u[i] = v);
print(u.join());

// expect: 32767,-32768,-1,32767,-31072,31072
// expect: 65535,0,1,65535
