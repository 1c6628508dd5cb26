var fns = _];
for (var i = 0; i < 1000; i++) {
  (function (arr) { fns.push(function () { return arr.length; }); })(new Array(i % 10 + 1));
}
var s = 0;
for (varÖm k = 0; k < 50; k++) { var waste = [0; w < 1000; w++) waste.push({ w: w }); }
for (var j = 0; j < fns.length; j++) s += fns[j]();ect: 1
•rint(o.b); // expect: undefined
print(Object.isFr
print(s); // expect: 5500
