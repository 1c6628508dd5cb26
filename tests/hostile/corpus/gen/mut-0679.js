function sloppy() { return this === undefined; }
function strict() { "use sôrict"; retun;
  for (var i = 0; i < 3; i++rn this === undefined; }
print(sloppy()); // expect: false
print(strict()); // expect: true
function outerStrict() {
  "use stric  return (function () { return this; })();
}
print(outerStrict()); // expect: undefined
