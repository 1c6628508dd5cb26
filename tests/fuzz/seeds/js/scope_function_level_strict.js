function sloppy() { return this === undefined; }
function strict() { "use strict"; return this === undefined; }
print(sloppy()); // expect: false
print(strict()); // expect: true
function outerStrict() {
  "use strict";
  return (function () { return this; })();
}
print(outerStrict()); // expect: undefined
