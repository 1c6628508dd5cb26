var finallies = 0;
function rec(n) {
  try { return rec(n + 1); }
  finally { finallies++; }
}
try { rec(0); } catch (e) { print(e instanceof RangeError); } // expect: true
print(finallies > 100); // expect: true
