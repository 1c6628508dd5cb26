function thrower(i) { throw { code: i, detail: ["d" + i, { more: "m" + i }] }; }
var caught = [];
for (var i = 0; i < 100; i++) {
  try { thrower(i); } catch (e) { var junk = [1, 2, 3].map(function (x) { return { x: x }; }); caught.push(e); }
}
print(caught[99].detail[1].more + caught[0].detail[0]); // expect: m99d0
