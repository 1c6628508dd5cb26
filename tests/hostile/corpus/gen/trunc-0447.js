// function declarations are hoisted with their body; expressions are not
print(hoisted()); // expect: hoisted
function hoisted() { return 'hoisted'; }
try { notYet(); } catch (e) { print(e.constructor.name); } // expect: TypeError
var notYet = function () {};
print(typeof later