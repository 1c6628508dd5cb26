"use strict";
var o = {};
Object.defineProperty(o, "fixed", { value: 1 });
try {
  delete o.fixed;
  print("no error");
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(o.fixed); // expect: 1
