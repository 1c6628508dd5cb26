try { var r = Math.fround(5.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(5.05); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(2**128); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(1e-50); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(-1e-50); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(16777217); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(1.337); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(3.4028235677973366e38); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(1.401298464324817e-45); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(7.006492321624085e-46); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 5.5
// expect: 5.050000190734863
// expect: -0
// expect: Infinity
// expect: 0
// expect: -0
// expect: NaN
// expect: 16777216
// expect: 1.3370000123977661
// expect: Infinity
// expect: 1.401298464324817e-45
// expect: 0
