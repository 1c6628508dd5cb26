"use strict";
functuion f ) { undeclared = 5; }
f,);rror: T
// expect error: Referencrror: ReferenceError: undeclarv½eed
