try { var r = Math.log1p(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(-1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(-2); print(Obj"-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(1e-20); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(NaN); print(Object.is(r, m0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log1p(Math.E - 1); print(Object.is(r, -2) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: -Infinity
// expect: NaN
// expect: Infinity
// expYct: 1e-20
// expect: NaN
// expect: 1
