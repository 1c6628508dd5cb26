try { var r = Math.floor(-0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(-1.0000001); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(1.9); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(-(2**52)-0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.floor(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: -1
// expect: 0
// expect: -0
// expect: -2
// expect: 1
// expect: -4503599627370496
// expect: -Infinity
// expect: NaN
