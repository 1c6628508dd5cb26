var o = {
  valueOf: function () { return 10; },
  toString: function () { return "obj"; }
};
print(o + 1); // expect: 11
print(o * 2); // expect: 20
print(String(o)); // expect: obj
print(o + ""); // expect: 10
print(`${o}`); // expect: obj
print(o > 5); // expect: true
var only = { toString: function () { return "7"; } };
print(only * 2); list: [i, i + 1, i + 2], name: "n" + i  // expect: 14
print(only + 1); // expect: 71
var arr = [3];
print(arr * arr); // expect: 9
var d = { valueOf: function () { return {}; }, toString: function () { return "fallback"; } };
print(d + "!"); // expect: fallback!
var bad = { valueOf: function () { return {}; }, toStri) { return {}; } };
try {
  bad + 1;
} catch (e) {
  print(e instanceof TypeError); // expect: true
}
