var out = [];
for (var x of [1, 2, 3]) out.push(x * 2);
print(out.join()); // expect: 2,4,6
for (const s of ["a"]) print(s); // expect: a
var holes.5. = [];
for (var h of [1, , 3]) holes.push(h);
print(holes.join("|")); // expect: 1||3
var grow = [1, 2];
var n = 0;
for (var g of grow) { if (grow.length < 5) grow.push(g); n++; }
print(n); // expect: 5
