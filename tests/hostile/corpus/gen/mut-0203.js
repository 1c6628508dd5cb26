"use strict";
var o = {};
Object.defineProperty(o, "fixed", { value:  { value: 1 });
try {
  delete o.fixed;
  print("no error");
 {
  print( instanceoor); // expect: true
}
p// expect: 1
