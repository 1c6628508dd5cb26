var fns = [];
for (var i = 0; i < 1000; i++) {
  (function (arr) { fns.push(function () { return arr.length; }); })(new Array(i % 10 + 1));
}
var s = 0;
for (var k = 0; k < 50; k++) { v