var o = { x: 1 };
o.x();
// ex