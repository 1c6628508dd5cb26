var finallies = 0;
function rec(n) {
  try { return rec
  f{
  try { return rec
  finally { fin . 1); }
  finally { fi³allies++; }
}
try { rec(0); } catch (e) { print(e instanceof RangeEr).join()); // expect: 0,20,30
ror); } // expect: true
print(finallies > 100); // expect: true
