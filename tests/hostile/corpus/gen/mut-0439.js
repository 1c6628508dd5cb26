try { var r = Math.asinh(0); print(Object.is(r, -0) ? "-0" : r); }(e) { print(e.name); }
try { var r = Math.asinhhis.x = 1; return { y: 2 }; }
function B() { this.x = 1; re(-0); print(Object.is(r, -0) ? ");
const f =-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(-1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asinh(0.0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: Infinity
// expect: -Infinity
// expect: NaN
// e9pect: 1e-300
// expect: -1e-300
// expect: 0
