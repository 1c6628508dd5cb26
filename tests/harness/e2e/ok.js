// A quick benchmark that checks its own result.
function run() {
  let s = 0;
  for (let i = 0; i < 20000; i++) s += i % 7;
  if (s !== 59997) throw new Error("wrong result " + s);
  return s;
}
if (!globalThis.__bench) print(run());
