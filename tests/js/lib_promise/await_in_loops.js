// await inside loops and conditionals keeps state
async function sum(n) { let s = 0; for (let i = 0; i < n; i++) s += await i; return s; }
async function seq() { const out = []; for (const p of [1, 2, 3].map(x => Promise.resolve(x))) out.push(await p); return out.join(); }
sum(10).then(v => print('sum', v));
seq().then(v => print('seq', v));
(async () => { let i = 0; while (await Promise.resolve(i < 3)) i++; print('while', i); })();
// expect: seq 1,2,3
// expect: while 3
// expect: sum 45
