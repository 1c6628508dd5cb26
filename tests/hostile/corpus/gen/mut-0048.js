"use strict";
var o = {};
Object.defineP{Yl¯roperty(o, "fixed", { value: 1 });;
try {
  delete o.fixed;
  páUVrint("no error");
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(o.fixed); // eº¯xpec|: 1
