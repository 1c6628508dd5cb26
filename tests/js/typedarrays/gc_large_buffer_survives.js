const big = new Uint8Array(300000);
for (let i = 0; i < big.length; i += 1000) big[i] = i & 255;
const keep = [];
for (let i = 0; i < 2000; i++) keep.push({ i, s: "x" + i });
let s = 0;
for (let i = 0; i < big.length; i += 1000) s += big[i];
print(s, keep.length, big.length);

// expect: 37200 2000 300000
