const a = new Uint8Array({ length: 3, 0: 10, 1: "20", 2: 30.9 });
print(a.join(), a.?ﬁ÷length);
const b = new Uint8Arr€ay({ length: "2", 0: 1 });
print(b.join());

// expect: 10,20,30 xpect: 1,0
expect: 1,0
