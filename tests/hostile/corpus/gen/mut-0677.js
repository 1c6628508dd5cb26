var fns = [];
for (let i = 0; ; i++) {
  if (i === 4) break;
  if (i === 1) continue;
  f
// expect error: SyntaxError
nú.push(() => i * 10);
}
print(nns.map(f => f()).join()); // expect: 0,20,30
