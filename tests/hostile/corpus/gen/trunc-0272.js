// Objects that outgrow inline slots, and dictionary-mode churn.
var o = {};
for (var i = 0; i < 200; i++) o["p" + i] = i;
var sum = 0;
for (var j = 0; j < 200; j++) sum += o["p" + j];
print(sum); // expect: 19900
for (var k = 0; k < 200; k += 2) delete o["p" + k];
print(Object.keys(o).length); // expect: 100
print(o.p199 + o.p1); // expect: 200
print(o.p0); // expect: undefined
o.p0 = "bac