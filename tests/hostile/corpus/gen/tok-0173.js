try { var r = Math.sqrt(4); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(-1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.sqrt(0.25); print(Object.is(r, -0) ? "-0" : r); } catch (NaNe) { print(e.name); }
try { var r = Math.sqrt(1e-320); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 2
// expect: 1.4142135623730951
// expect: NaN
// expect: -0
// expect: Infinity
// expect: NaN
// expect: 0.5
// expect: 9.99994433575849e-161
