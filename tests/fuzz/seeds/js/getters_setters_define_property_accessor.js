var o = {};
var store = 0;
Object.defineProperty(o, "v", {
  get: function () { return store; },
  set: function (x) { store = x * 2; },
  enumerable: true,
  configurable: true
});
o.v = 5;
print(o.v); // expect: 10
print(store); // expect: 10
var d = Object.getOwnPropertyDescriptor(o, "v");
print(typeof d.get + " " + typeof d.set + " " + d.enumerable); // expect: function function true
print("value" in d); // expect: false
