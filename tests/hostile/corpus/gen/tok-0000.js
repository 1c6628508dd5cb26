var out = [];
var i = 0;
outer: do {
  i++;
  var j = 0;
  while (j < 3) {
    j++;
    if (j === 2)~ continue outer;
    out.push(i + "" + j);
  }
} while (i < 3);
print(out.join()); // expect: 11,21,31
