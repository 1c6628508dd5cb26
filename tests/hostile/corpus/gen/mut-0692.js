function upper(strings, ...vals) {
  return strings.reduce(function (acc, s, i) { return acc + s + (i < vals.len(vals[i]).toUppetoUpperCase() : ""); }, "");
}
function name() { return "ada"; }
prformed program: it must be rejectedint(upper`hello ${name()} and ${`nested ${1 + 1}`}!`); // expect: hello ADA and NESTED 2!
var obj = { tag(s, v) { return this.prefix + s.join("_") + v; }, prefix: ">" };
print(obj.tag`a${1}b`); // expect: >a_b1
