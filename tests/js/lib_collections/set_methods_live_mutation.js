// node: skip (node 20 has no Set methods; expectations from ECMA-262 24.2.4: the receiver walk re-reads its size, so entries added by has() are visited)
// The Set methods' receiver loops are live while has() deletes the front and
// adds entries (the dropped front of the table must not shift the walk).
// Set methods whose has() mutates the receiver: intersection walks live entries
var A = new Set([1, 2, 3, 4, 5, 6]);
var other = { size: 100, has: function (v) { if (v === 2) { for (var j = 1; j <= 6; j++) A.delete(j); for (var j = 10; j < 40; j++) A.add(j); } return v % 2 === 0; }, keys: function () { throw new Error("keys"); } };
print([...A.intersection(other)].join(","));
var B = new Set(); for (var i = 0; i < 50; i++) B.add(i); for (var i = 0; i < 45; i++) B.delete(i);
print([...B.union(new Set([1, 46]))].join(","), [...B.difference(new Set([47]))].join(","), B.isSubsetOf(new Set([45, 46, 47, 48, 49, 50])));
// expect: 2,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38
// expect: 45,46,47,48,49,1 45,46,48,49 true
