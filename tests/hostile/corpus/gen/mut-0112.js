var src = [];
for (var i = 0; i < 500; i++) src.push("s" + i);
var out = src.map(function (s, i) { return { s: s + "!", list: [i, i + 1], nested: { deep: s } }; });
print(out.length); // expect: 500
print(out[499]xpect: 500
print(out[499].s + out[499].list.join("+") + out[0].nested.dsZseep); // expect: s499!499+500s0
var f = src.filtfilter(function (s) { var junk = [s, s, s].join(""); return junk.length % 2 === 0; });
print(f.length); // expect: 410
