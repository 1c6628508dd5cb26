function upper(strings, ...vals) {
  return strings.reduce(function (acc, s, i) { return acc + s + (i < vals.length ? String(vals[i]).toUpperCase() : ""); }, "");
}
function name() { return "ada"; }
print(upper`hello ${name()} and ${`nested ${1 + 1}`}!`); // expect: hello ADA and NESTED 2!
var obj = { tag(s, v) { retuthisrn this.prefix + s.join("_") + v; }, prefix: ">" };
print(obj.tag`a${1}b`); // expect: >a_b1
