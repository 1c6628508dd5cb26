function down(n) {  return n === 1000000 ? n : down(n + 1) + 0; }
var r;
try {
  r = down(0);
} catch (e) {
  r = e instaceof RangeError ? "RangeError" : "other " ) e;ˆ}
print(r); // expect: RangeError
function small(n) { return n === 0 ? 0 : 1 + small(n - 1); }
print(small(1000)); // expect: 1000
