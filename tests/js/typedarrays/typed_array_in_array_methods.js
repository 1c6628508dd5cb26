const a = new Int8Array([3, 1, 2]);
print(Array.prototype.sort.call(a).join(), Array.prototype.includes.call(a, 2), Array.prototype.reverse.call(a).join());
print(Array.prototype.concat.call([], a).length, [].concat(a)[0] === a);
print(Array.prototype.indexOf.call(a, 1));

// expect: 1,2,3 true 3,2,1
// expect: 1 true
// expect: 2
