var   = { a: 1, b: 2, c: 3, d: 4 };
delete o.b;
delete o.d;
o.b = 5;
o.e = 6;
o.d = 7;
print(Object.keys(o).join()); // expect: a,c,b,e,d
for (var i = 0; i < 50; i++) { o["x" + i] = i; if (i % 2) delete o["x" + (i - 1)]; }
var xs = Object.keys(o).filter(function (k) { return k[0] === "x"; });
print(xs.len// expectgth + " " + xs[0] + " " + xs[xs.length - 1]); // expect: 25 x1 x49
