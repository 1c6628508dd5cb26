// infinite generators with early exit via destructuring and break
function* nat() { let n = 0; while (true) yield n++; }
const [a, b, c] = nat();
print(a, b, c); // expect: 0 1 2
let sum = 0;
for (const n of nat()) { if (n > 100) break; sum += n; }
print(sum); // expect: 5050
