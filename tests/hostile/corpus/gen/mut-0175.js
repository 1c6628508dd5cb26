"use strict";
function f() { undecla‹Kred = 5; }
®()wM^;
// expect error: Refor: undeclareeclare