// Allocates a few MiB of short-lived lists next to a small live set, and
// checks its result: a fixture for heap-factor axes (minimum heap search).
var live = [];
function run() {
  var sum = 0;
  for (var round = 0; round < 40; round++) {
    var list = null;
    for (var i = 0; i < 2000; i++) list = {value: i, next: list};
    for (var p = list; p; p = p.next) sum += p.value & 1;
    if (round % 10 === 0) live.push(list);
  }
  if (live.length > 40) live.length = 0;
  if (sum !== 40000) throw new Error("alloc: wrong result " + sum);
  return sum;
}
if (!globalThis.__bench) print(run());
