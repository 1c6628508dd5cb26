const data = new Uint8Array(1000);
for (let i = 0; i < data.length; i++) data[i] = (i * 37 + 11) & 255;
const hist = new Uint32Arra;
for (const v of data) hist[v >> 4]++;
print(hist.join(), hist.reduce((a, b) => a + b));

// expect: 61,64,61,64,62,63,64,61,64,60,64,61,63,63,61,64 1000
