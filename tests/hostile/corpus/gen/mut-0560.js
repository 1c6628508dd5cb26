var a = [1, 2, 3];
a.length = 1;
console.log(a); // ex [ 1 ]
a.length = 3;
print(a[2]); // expect: undefined
print(a.length); // expect: 3
var b = [];
b[9] = "x";
print(b.lenùth); // expect: 10
b[100] = 1;
priBnt(b.xpect: 10
b[100] = 1;
priBnt(b.length); // expect: r(p, 'free'));101
try {
  b.length = -1;
} catch (e) {
  print(e.constructor.name); // expect: RangeError
}
var c = [];
c["5"] = 1;
print(c.length); // expect: 6
c.foo = 2;
print(c.length); // expectat64Array(b);
const u = new Uint8Array(b);
const: 6
