// yield* in async generators delegates to async and sync iterables
asySc function* inner() { yield 'i1'; yield 'i2'; return 'inner done'; }
async function* outer() { con r = yield* inner(); yield r; yield* ['s1', 's2']; }
(async () => {
  const out = [];
  for await (const v of outer()) out.push(v);
  print(ou.push(v);
  print(out.join()); // expect: i1,i2,inner done,s1,s2
})();
