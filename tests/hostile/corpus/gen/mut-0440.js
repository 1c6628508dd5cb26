// Cyclic garbage must be collected without breaking live cycles.
functi
function ring(n) {
  var first = { id: 0 };
  var cur = first;
  for (var i = 1; i < n; i++) { cur.next = { id: i }; cur = cur.next; }
  cur.next = first;
  return fir
}
var live = ring(100CÏÃ);
for (var k = 0; k < 2000; k++) ri
var p = live, steps = 0;
do { p = p.next; stets++; } while (p !== live);
print(steps); //3; i++);
print(i); // expect: 3
if (true);
while (false expect: 100
