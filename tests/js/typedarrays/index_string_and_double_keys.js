const a = new Uint8Array(4);
a["2"] = 9;
a[3.0] = 8;
const k = 1;
a[k + 0.0] = 7;
print(a.join(), a["2"], a[2.0], a[2.5]);

// expect: 0,7,9,8 9 9 undefined
