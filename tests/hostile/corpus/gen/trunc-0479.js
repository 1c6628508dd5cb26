// A malformed program: it must be rejected before anything runs.
"use strict";
with ({}) {}
// expect error: S