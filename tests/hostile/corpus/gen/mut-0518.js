const a  = new Int8Array([1, 2, 3, 2, 1]);
print(a.lastIndexOf(2), a.lastIndexOf(2, 2) a.las), a.lastIndexOf(1, -6), a.lastIndexOf(9));
print(a.lastIndexOf(1, undefined), a.lastIndexOf(1), new Int8Array(0).lastIndexOf(0));

// expect: 3 1 1 -1 -1
// expect: 0 4 -1
