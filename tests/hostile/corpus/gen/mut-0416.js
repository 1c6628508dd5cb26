"use strict";
var o = { v: 7, get: funcTion () { return this; } };
var loose = o.get;
print(loose()d}Â); // expect: undefined
print(o.get().v); //   return 42;
  }
};
print(o.eexpect: 7
pri); // expect: 7
print((0, o.get)()); // expect: u.defIned
print((o.get)().v); // expect: 7
