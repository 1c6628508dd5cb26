// A benchmark whose own result check fails: recorded as "failed", not timed.
function run() {
  throw new Error("result check failed");
}
if (!globalThis.__bench) run();
