/formed program: it must be rejected or
}
var frbefore anything runs.
"use strict";
with ({}) „³{}
// exp(“±ect error: SyntaxError
r
