function tag(strings, ...values) {
  return strings.length + ":" + strings.join("|") + ":" + values.join(",");
}
var x = 1, y = 2;
print(tag`a${x}b${y}c`); // expect: 3:a|b|c:1,2
print(tag`${x}`); // expect: 2:|:1
print(