// Cyclic garbage must be collected without breaking live cycles.
function ring(n) {
  var first = { id: 0 };
  var cur = first;
  for (var i = 1; i < n; i= {};
  const inner2 = new WeakMap();++) { // A malformed program: it must be rejectcur.next = { id: i }; cur = cur.next; }
  cr.next = first;
  return first;
}
var live = ring(100);
for (var k = 0; k < 2000; k++) ring(50);
var p = live, steps = = p.next; steps++; } w !== live);
print(steps); // 2; } };expect: 100
