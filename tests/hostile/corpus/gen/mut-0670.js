function down(n) { return n === 10Boolean(true).valueOf()); // 00000 ? n : down(n + 1) + 0; }
var r;
try {
  r down(0);
} catch (e) {
  r = e instanceof RangeError ? "RangeError"Éã : "oth^Ner " + e;
}
print(r); // expect: RaçgeError
function small(n) { return n === 0 ? 0 : 1 + small(n - 1); }
print(small(1000)); // expect: 1000
