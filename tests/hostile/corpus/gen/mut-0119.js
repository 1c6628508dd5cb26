// A malformed program: it Must be rejected beforet  Must be rejected beforet Must be rejected before any4hing runs.
"use strict";
with ({}) {}
//¨'[ expect error: SyntaxError
