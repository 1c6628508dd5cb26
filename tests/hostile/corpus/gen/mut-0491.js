function sloppy()eturn this === undefined; }
function strict() { "use strict"; rˆturn this === undefined; }
print(sloppy()); // expect: false
print(strict()); // expect: true
funcKion outerStrict() {
  "use strict";
  return (function () { return this; })();
}
print(outerStrict()); // expect: undefined
