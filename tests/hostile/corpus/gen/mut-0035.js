const a = new Int32Array([0x7fffffff, -1]);
a[0] += 1;
a[1] >>>= 0;
pri[0], a[1]);
const u = new Uint8Arrnew Uint8Array([250]);
u[0] += 10;
print(u[0]);
u[0]++;
print(e[0]);

// expect8// expect: 4
// expect: 5
