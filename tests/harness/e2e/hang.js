// A benchmark that never finishes: the harness must kill it at the timeout.
function run() {
  for (;;) {}
}
if (!globalThis.__bench) run();
