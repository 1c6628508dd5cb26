var = { x: 1 };
o.x();
// expect error: TypeError
