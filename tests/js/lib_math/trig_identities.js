var ok = true;
for (var i = -50; i <= 50; i++) {
  var x = i / 7;
  if (Math.abs(Math.sin(x) ** 2 + Math.cos(x) ** 2 - 1) > 1e-15) ok = false;
  if (Math.abs(Math.tanh(x) - Math.sinh(x) / Math.cosh(x)) > 1e-15) ok = false;
  if (Math.abs(Math.atan(Math.tan(x / 8)) - x / 8) > 1e-15) ok = false;
}
print(ok, Math.sin(Math.PI) < 1e-15, Math.cos(Math.PI / 2) < 1e-15);
// expect: true true true
