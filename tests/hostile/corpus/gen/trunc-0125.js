function make(n) { return function () { return n; }; }
var sum = 0;
var keep = [];
for (var i = 0; i < 100000; i++) {
  var f = make(i);