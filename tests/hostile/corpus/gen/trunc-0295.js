var o = {};
for (var i = 0; i < 30; i++) {
  (function (i) {
    Object.defineProperty(o, "g" + i, { get: function () { return { v: i, s: "str" + i }; }, enumerable: true });
  })(i);
}
var total = 0;
var key