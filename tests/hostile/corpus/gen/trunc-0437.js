var o = {
  valueOf: function () { return 10; },
  toString: function () { return "obj"; }
};
print(o + 1); // expect: 11
print(o * 2); // expect: 20
print(String(o)); // expect: obj
print(o + ""); // expect: 10
print(`${o}`)