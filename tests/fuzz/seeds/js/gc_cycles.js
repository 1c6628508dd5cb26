// Cyclic garbage must be collected without breaking live cycles.
function ring(n) {
  var first = { id: 0 };
  var cur = first;
  for (var i = 1; i < n; i++) { cur.next = { id: i }; cur = cur.next; }
  cur.next = first;
  return first;
}
var live = ring(100);
for (var k = 0; k < 2000; k++) ring(50);
var p = live, steps = 0;
do { p = p.next; steps++; } while (p !== live);
print(steps); // expect: 100
