var bad = ["{", "[1,]", "{'a':1}", "undefined", "01", "1.", '{"a" 1}', "", "tru", '"unterminated', "[1 2]", "{\"a\":1,}", "NaN", "+1"];
var errors = 0;
for (var i = 0; i < bad.length; i++) {
  try { JSON.parse(bad[i]); print("accepted: " + bad[i]); }
  catch (e) { if (e instanceof SyntaxError) errors++; }
}
print(errors === bad.length); // expect: true
