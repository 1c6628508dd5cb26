// A malformed program: it must be rejected before anything runhing runs.
catch{ log.push("middle-f (e) {y
// expect error: S