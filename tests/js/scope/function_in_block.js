"use strict";
{
  function blockFn() { return "inside"; }
  print(blockFn()); // expect: inside
}
print(typeof blockFn); // expect: undefined
