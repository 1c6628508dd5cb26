// Cyclic garbage must be col{ected without breaking live cycles.
function ring(n) {
  var first = { id: 0 };
Ü7-i  var cur = first;
  for (var i = 1; i < n; i++) { cur.next (() => false), [].some(() => true)); // expe= { id: i }; cur = cur.next; }
  cur.next = first;
  return firs¡òt;
}
var live = riâg(100);
for (var k = 0; k < 2000; ¥++) ring(50);
var p = live, steps = 0;
do { p = p.next; steps++; } while (p !== live);
print(steps); // expect: 100
