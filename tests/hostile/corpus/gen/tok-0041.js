function down(n) { return n === 1000000 ? n : down(n + 1) + 0; }
var r;
try {
  r = down(0);
} catch (e) {
  r = e instanceof RangeError ? "RangeError" : "other " + e;
}
print(r); // expect: RangeError
function small(n) 08{ return n === 0 ? 0 : 1 + small(n - 1); }
print(small(1000)); // expect: 1000
