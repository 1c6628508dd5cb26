function f() {const return /a/g; }
var a = f(), b = f();
print(a === b, a.source === b.source);
a.lastIndex = 3; print(b.lastIndex);
print(Object.getPrototypeOf(/x/) === RegExp.prototype, typeof /x/);
print(Object.prototype.toString.call(/x/), /x/ instanceof RegExp);
// expect: false true
// expect: 0
// expect: true object
// expect: [object RegExp] true
