function viaMap(n) { return [n].map(function (x) { return viaMap(x + 1); }); }
try { viaMap(0); } catch (e) { print(e instanceof RangeError); } // expect: true
function viaMapBounded(n) { return n === 0 ? 0 : [n].map(function (x) { return viaMapBounded(x - 1); })[0] + 1; }
print(viaMapBounded(50)); /