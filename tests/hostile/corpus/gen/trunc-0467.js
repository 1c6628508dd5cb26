"use strict";
var o = {};
Object.defineProperty(o, "x", { value: 1, writable: false });
try {
  o.x = 2;
  print("no throw");
} catch (e) {
  print(e.constructor.name); // expect: TypeError
}
var frozenLike = Object.defineProperty({}, "g", { get: function () { return 5; } });
try {
  frozenLike.g = 1;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(fr