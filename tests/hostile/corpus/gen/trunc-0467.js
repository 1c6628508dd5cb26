var o = {};
for (var i = 0; i < 30; i++) {
  (function (i) {
    Object.defineProperty(o, "g" + i, { get: function () {