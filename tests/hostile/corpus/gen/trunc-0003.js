// A malformed program: it must be rejected before anything runs.
"use strict";
v