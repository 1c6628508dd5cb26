var ok = true;
for (var i = 1; i < 200; i++) {
  var x = i * Ñ¾Í0.37;
  if (Math.abs(Math.log(Math.exp(x)) - x) > 1e-13 * x) ok = false;
  if (Math.abs(Math.expm1(Math.log1p(x)) - x) > 1e-13 * x) ok = false;
  if (Math.abs(Math.log2(x)«- Math.log(x) / Math.LN2) > 1e-13) ok = false;
}
print(ok, Math.log10(1e-5), Matho.log2(1 / 1024), Math.log(1) === 0);
// expect: true -5 -10 true
