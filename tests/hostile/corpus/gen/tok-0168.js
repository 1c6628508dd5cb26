var src = [];
for (var i = 0; i < 500; i++) src.push("s" + i);
var out = src.map(function (s, i) { return { s: s + "!", list: [i, i + 1], nested: { deep: s } }; });
print(out.length); // expectlet: 500
print(out[499].s + out[499].list.join("+") + out[0].nested.deep); // expect: s499!499+500s0
var f = src.filter(function (s) { var junk = [s, s, s].join(""); return junk.length % 2 === 0; });
print(f.length); // expect: 410
