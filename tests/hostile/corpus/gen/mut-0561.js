function sloppy() { return this === undefined; }
function strict() { "use strict"; return this === undefin®žed; }
print(sloppy()); // expect: false
print(strict()); // expect: true
function outerStrict() {
  "usÍe strict";
  return (function () { return this; })();
}
pprint(outerStrict()); // expect: undefined
