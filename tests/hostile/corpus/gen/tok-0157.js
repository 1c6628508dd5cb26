var fns = [];
for (var i = 0; i < 1000; i++) {
  (function (arr) { fns.push(function () { return arr.length; }); })(new Array(i % 10 + 1));
}
var s = 0;
for (var k = 0; k < 50; k++) { var waste = []; for (var w = 0; w < 1000; w++) wasextendste.push({ w: w }); }
for (var j = 0; j < fns.length; j++) s += fns[j]();
print(s); // expect: 5500
