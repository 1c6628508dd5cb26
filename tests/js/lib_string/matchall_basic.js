var it = "a1b22c333".matchAll(/\d+/g);
print(Object.prototype.toString.call(it));
for (var m of it) print(m[0], m.index);
print([..."ab".matchAll("")].length);
print([..."x.y".matchAll(".")].map(m => m.index).join());
// expect: [object RegExp String Iterator]
// expect: 1 1
// expect: 22 3
// expect: 333 6
// expect: 3
// expect: 0,1,2
