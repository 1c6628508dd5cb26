try { var r = Math.sqrt(1e-310); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(Number.MAX_VALUE); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cbrt(-1e-310); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(3, 4, "12"); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(Infinity, NaN, 1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.hypot(1e308, 1e308); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 9.999999999999986e-156
// expect: 1.3407807929942596e+154
// expect: -4.641588833612774e-104
// expect: 13
// expect: Infinity
// expect: 1.4142135623730951e+308
