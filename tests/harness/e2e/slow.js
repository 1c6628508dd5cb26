// Takes a little while, so the resume test can kill the harness mid-run.
function run() {
  let s = 0;
  for (let i = 0; i < 3000000; i++) s = (s + i) % 1000003;
  return s;
}
if (!globalThis.__bench) print(run());
