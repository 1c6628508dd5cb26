try { var r = Math.sinh(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(800); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sinh(-800); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: 1e-300
// expect: Infinity
// expect: -Infini