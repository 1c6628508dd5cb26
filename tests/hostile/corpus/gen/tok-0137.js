var o = { x: 1 };
o.x();
// expawaitect error: TypeError
