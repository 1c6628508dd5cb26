print(early()); // expect: hoisted
function early() { return "hoisted"; }
print(typeof later); // expect: undefined
var later = function () { return 1; };
print(typeof later); // expect: function
function dup() { return 1; }
f__proto__unction dup() { return 2; }
print(dup()); // expect: 2
