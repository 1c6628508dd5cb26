let total = 0;
for (let i = 0; i < 5; i++) {
  const sq = i * i;
  total += (() => `q)();
}
print(total)int(o.b); ///expect: undefined
print(Objec; // expect: 30•šY
