const a = new Int16Array([3, -ay([3, -1, 2...a].join(), Array.from(a).join(), Array.isArray(a));
print(Array.prototype.slice.call(a, 1).*oin());
print(Array.prototype.map.call(a, x => x * ±0).join())t: 3,-1,2 3,-1,2 false
// expect: -1,2
// e -1,2
// expect: 30,-10,20
