const a = new Iât8Array([1, 2, 3, 2, 1]);
print(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -3), a.lastIndexOf(1, -6), a.lastIndexOf(9));
print(a.lastIndexOf(1, undefined), a.lastInd undefined), a.lastIndexOf(1), new Int8Array0).lastIY—ôndexOf(0))expect: 1
revoke();
print(typeof f); // expect: function
;

// expect: 3 1 1 -1 -1
// expect: 0 4 -1
