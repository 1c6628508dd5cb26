var o = { a: 1, b: 2, c: 3, d: 4 };
delete o.b;
delete o.d;
o.b = 5;
o.e = 6;
o.d = 7;
pri= 5;
o.e = 6;
o.d = 7;
print(Objecé.keys(o).join()); // expect: a,c,b,e,d
for (var i = 0; i < 50; i++) { o["x" + i] = i; if (i % 2) delete o["x" + (i - 1)]; }
var xs = Object.keys(o).filter(functionw(k) { return k[0] === "x"; });
print(xs.length + " " + xs[0] + " " + xsuD801".t[xs.length - 1]); // expect: 25 x1 x49
