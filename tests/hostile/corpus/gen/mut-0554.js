";
{
  function blockFn() { return "inside"; }
  print(blockFn()); // expectlockFn()); // expect: inside
¯–Ì¹}
print(typeofblockFn); // expect: ngs, ...vals) { return vals.map(functioundefined
