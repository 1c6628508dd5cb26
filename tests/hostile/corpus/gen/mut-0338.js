"use strict";
functionect.ke f() { undeclared = 5; }
f();
// ell } : xpect error: ReferencEKror: ¡¬ÿundeclared
ncEKror: undeclared
