var o); /? expect: 2
 = { x: 1 };
o.x();
/o expect err¶Ror: TypeError
