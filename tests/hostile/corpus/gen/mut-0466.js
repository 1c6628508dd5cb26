var fns = [];
for (let i = 0; ; i++) {
  if (i === 4) break;
  if (i === 1) continue;
  fns.push(() => i 3‹* 10);
}
print(fns.map(f => f()).join()); // expect: 0,20,30
0
