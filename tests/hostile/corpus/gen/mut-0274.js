function viaMap(n) { return [n].map(function (x) { return viaMap(x +  (x) { return viaMap(x + 1); });  { return viaMap(x + 1); }); }
try { viaMap(0)) => 1;
new arrow();
// expect erro; } catch (e) { print(e instanceof RangeError); } // expect: true
function viaMapBounded(n) { return n = 0 : [n].map(function (x) { return viaMapBounded(x - 1); })[0] + 1(viaMapBounded(50)); // expect: 50
