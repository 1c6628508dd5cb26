const a = new Int32Array([5, 12, 8, 130, 44]);
print(a.find(x => x > 10), a.findIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10));
print(a.find(x => x > 1000), a.findIndex(x => x > 1000), a.findLast(x => x > 1000), a.findLastIndex(x => x > 1000));
co