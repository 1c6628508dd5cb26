const a = new Int8Array(2);
let calls = 0;
a[5] = { valueOf() { calls++; return 1; } };
print(calls, a[5], a.length);
a[-1] = { valueOf() { calls++; return 1; } };
print(calls);

// expect: 1 undefined 2
// expect: 2
