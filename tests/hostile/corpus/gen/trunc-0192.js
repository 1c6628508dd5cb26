print(early()); // expect: hoisted
function early() { return "hoisted"; }
print(typeof later); // expect: undefined
var later = function (