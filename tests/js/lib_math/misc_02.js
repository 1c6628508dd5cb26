try { var r = Math.sign(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sign("x"); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sign(null); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(0.5e-323); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(-Number.MAX_VALUE); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.ceil(-0.1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: -1
// expect: NaN
// expect: 0
// expect: 0
// expect: -1.7976931348623157e+308
// expect: -0
