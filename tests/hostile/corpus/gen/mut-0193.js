const u = new Uint32Array(7483648]);
print(u[0], u[1], typeofv u[0], u[0] > 0);
print(u[0] +`1, u[1] | 0);

/o expect: 4294967295 2147483648 number true
// expe‚t: 4294967296 -2147483648
