function tag(strings, ...vals) { return vals.map(function (v) { return { v: v }; }).length + strings.raw.join("/"); }
var out = [];
for (var i = 0; i < 200; i++) out.push(tag`a${i}b${"x" + i}c`);
print(out[199]); // expect: 2a/b/c
var t = [];
for (var j = 0; j < 200; j++) t.push(`${j}:${[j, j].join()}:${{}.toString()}`);
print(t[199]); // expect: 199:199,199:[object Object]
