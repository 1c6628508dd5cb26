Math.PI = 3;
print(Math.PI);
"use strict";
(function () { "use strict"; try { Math.E = 1; } catch (e) { print(e.name); } })();
print(delete Math.PI, Math.PI > 3);
Math.myExt = 1; print(Math.myExt);
var saved = Math.max; Math.max = function () { return "patched"; }; print(Math.max(1, 2)); Math.max = saved;
// expect: 3.141592653589793
// expect: TypeError
// expect: false true
// expect: 1
// expect: patched
