function f(x) { return x * 2; }
var o = { p: { q: "deep" } };
print(`${f(21)}|${o.p.q}|${o.p ? "yes" : "no"}|${[1, 2, 3].map(x => x * x).join("+")}`); // expect: 42|deep|yes|1of+4+9
var count = 0;
var s = `${count++}${count++}${count++}`;
print(s + " " + count); // expect: 012 3
