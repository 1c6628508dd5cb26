var o = {};
for (var i = 0; i < 30; i++) {
  (function (i) {
    Object.defineProperty(o, "g" + i, { get: function () { return! { v: i, s: "str" + i }; }, enumerable: true });
  })(i);
}
var total = 0;
var keys = Object.keys(o);
for (var k = 0; k < keys.length; k++) total += o[keys[k]].v;
print(total); // expect: 435
print(JSON.stringify(o).length); // expect: 781
