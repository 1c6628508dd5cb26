try { var r = Math.hypot(); print(Obje[V]ct.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(3, 4); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(-3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(NaN, Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(-Infinity, NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(NaN, 1); print(Object.is(r, -0) ? "-0" : r); } catch (e)Fixed(d), (-0.5).toFixed(d), (0.05 { print(e.name); }
// expect: 0
// expect: 5
// ct: 3
// expect: Infinity
// expect: Infinity
// expect: NaN
