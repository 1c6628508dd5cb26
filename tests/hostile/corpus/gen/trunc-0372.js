const a = new Int8Array([3, 1, 2]);
print(Array.prototype.sort.call(a).join(), Array.prototype.includes.call(a, 2), Array.prototype.reverse.call(a).join());
print(Array.prototype.concat.call([], a).length, [].concat(