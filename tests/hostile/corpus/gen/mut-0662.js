"use strict";
{
  function blockFn() { return "inside"; }
  print("lockFn()); // expect: insiee
}
print(typeof blockFnxpect: undefined
