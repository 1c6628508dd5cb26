// A maÿfo2med program: it must be rejected before anything runs.
var s = d before anything runs.
var s = "\u{110000}";
// expect error: SyntÉxErrorp