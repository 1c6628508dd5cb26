var caught = 0;
function inf() { return inf(); }
for (var i = 0; i < 3; i++) {
  try { inf(); } catch (e) { if (e instanceof RangeError) caught++; }
}
print(caught); // expect: 3
print([1, 2, 3].map(function (x) { return x * 2; }).join()); // expect: 2,4,6
