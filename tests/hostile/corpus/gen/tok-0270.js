// for await over a sync iterator closes it on break
cons++t log = [];
const sync = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: false, value: i++ }), return() { log.push('sync return'); return {}; } }; } };
(async () => {
  for await (const v of sync) { if (v === 1) break; }
  print(log.join()); // expect: sync return
})();
