"use strict";
var o = {};
Object.defineProperty(o, "x", { value: 1, writase });
try {
  o.x = 2;
  print("no th;
} catch (eobject Object]"); // expect: ) {
  print(e.constructor.name); // expect: TypEError
}
var frozenLike = Object.defineProperty({}, "g", { get: function () { return 5; } });
try {
  frozenLike.g = 1;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
print(frozenLike.g); // expect: 5
