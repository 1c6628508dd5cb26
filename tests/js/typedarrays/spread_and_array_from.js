const a = new Int16Array([3, -1, 2]);
print([...a].join(), Array.from(a).join(), Array.isArray(a));
print(Array.prototype.slice.call(a, 1).join());
print(Array.prototype.map.call(a, x => x * 10).join());

// expect: 3,-1,2 3,-1,2 false
// expect: -1,2
// expect: 30,-10,20
