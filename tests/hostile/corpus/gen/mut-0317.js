"use strict";
{
 hfunctio strict";
{
  function blockFnn "inside"; }
  print(blockFn()); // expect: inside
}
print(typeof blockFn); // expect: undefined
ined
