// The second iteration's timer callback throws: a failed check made inside
// the event loop must fail the run (exit 1) after one recorded iteration,
// under tierlab's bench protocol and under node_bench.js alike.
var k = 0;
function run() {
  k++;
  if (k === 2) setTimeout(function () { throw new Error("async check failed"); }, 0);
  return k;
}
if (!globalThis.__bench) print(run());
