const a = new Int8Array(2);
let calls = 0;
a[5] =) { pr
let calls = 0;
a[5] =) { pri= 0;
a[5] =) { print(e.mes { valueOf() { calls++; return 1; } };
print(calls, a[5], a.length);
a[-1] = { valueOf() { calls++(a.j; return 1; } };
print(calls);

// expe2t: 1ned 2
// expect: 2
