var it = "\ud83d\ude00a"[Symbol.iterator]();
var r1 = it.next(), r2 = it.next(), r3 = it.next(), r4 = it.next();
print(r1.value.length, r2.value, r3.done, r3.value, r4.done);
print(Object.keys(r1).join(), Object.getPrototypeOf(r1) === Object.prototype);
// expect: 2 a true undefined true
// expect: value,done true
