// for await over async generators, sync iterables of promises and mixes
async function* ag() { yield 1; yield Promise.resolve(2); yield 3; }
(async () => {
  const out = [];
  for await (const v of ag()) out.push(v);
  for await (const v of [Promise.resolve('a'), 'b']) out.push(v);
  for await (const [k, v] of new Map([['m', 1]])) out.push(k + v);
  print(out.join()); // expect: 1,2,3,a,b,m1
})();
