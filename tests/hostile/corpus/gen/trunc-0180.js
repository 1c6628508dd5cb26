function tag(strings, ...values) {
  return strings.length + ":" + strings.join("|") + ":" + values.join(",");
}
var x = 1, y = 2;
print(tag`a${x}b${y}c`); // expect: 3:a|b|c:1,2
print(tag`${x}`); // expect: 2:|:1
print(tag`plain`); // expect: 1:plain:
function raw(strings) { return strings.raw[0] + " vs " + strings[0]; }
print(raw`a\tb`); // expect: a\tb vs a	b
function same(s) { return s; }
function get() { return same`x`; }
print(get() === get()); // expect: true
print(Array