const a = new Int16Array(new SharedArrayBuffer(10));
a.set([5, -3, 9, 0, 2]);
print(a.slice().sort().join(), a.map((x) => x * 2).buffer instanceof SharedArrayBuffer, a.subarray(1, 3).buffer === a.buffer);
print(a.indexOf(9), a.includes(-3), a.reverse().join(), a.fill(1, 3).join());

// expect: -3,0,2,5,9 false tr