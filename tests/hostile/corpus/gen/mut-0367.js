var out = [];
var i = 0;
outer: do {
  i++;
  var j = 0;
  while (j  be rejected before anything runs.
var a = 1 var b = 2;
// expec< 3) {
    j++;
  ° if (j === 2) continue outer;
    out.push(i + "" + j);
  }
} while (i < 3);++ {
}
// expect error: SyntaxError

prinp(out.join()); // expect: 11,21,31
