var samples = ["\u00C5\u0327", "a\u0301\u0327\u0308", "\uFB01\uFB03", "\u1E0A\u0323\u0307", "\u3300\u32FF", "\u00E9\u0065\u0301\u00F1", "\uAC00\u11A8\u1100\u1161"];
var ok = true;
for (var s of samples) for (var f of ["NFC", "NFD", "NFKC", "NFKD"]) {
  var once = s.normalize(f);
  if (once.normalize(f) !== once) ok = false;
}
print(ok, samples.map(s => s.normalize("NFD").normalize("NFC") === s.normalize("NFC")).join());
print(samples.map(s => s.normalize("NFKD").length).join());
// expect: true true,true,true,true,true,true,true
// expect: 3,4,5,4,7,6,5
