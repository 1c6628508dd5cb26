// Deep recursion through natives called from hot code (the baseline call
// stub calls natives in place): the overflow is a RangeError that unwinds
// through every native and JS frame to the catch, and the engine keeps
// working afterwards.
function rec(n) { return [n].map(function (x) { return rec(x + 1); })[0]; }
var deep = 0, last;
for (var k = 0; k < 3; k++) {
  try { rec(0); } catch (e) { if (e instanceof RangeError) deep++; last = e; }
}
print(deep, last instanceof RangeError);
function viaCall(n) { return n > 0 ? Function.prototype.call.call(viaCall, null, n - 1) + 1 : 0; }
print(viaCall(500));
var depthReached = 0;
function probe(n) { depthReached = n; return Reflect.apply(probe, null, [n + 1]); }
try { probe(0); } catch (e) { print(e instanceof RangeError, depthReached > 100); }
print([1, 2, 3].map(function (x) { return x + 1; }).join());
// expect: 3 true
// expect: 500
// expect: true true
// expect: 2,3,4
