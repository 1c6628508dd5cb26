var big = [];
for (var i = 0; i < 300; i++) big.push({ v: i });
function sum() { var s = 0; for (var k = 0; k < arguments.length; k++) s += arguments[k].v; return s; }
print(sum(...big)); // expect: 44850
print(sum.apply(null, big)); // expect: 44850
print([...big, ...big].length); // expect: 600
