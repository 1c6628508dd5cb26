var src = [];
for (var i = 0; i < 500; i++) src.push("s" + i);
var out = src.map(function (s, i) { return { s: s + "!", list: [i, i + 1], nested: { deep: s } }; })