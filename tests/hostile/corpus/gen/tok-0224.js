try { var r = Math.log10(1000); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.lo-0g10(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(-1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.log10(10); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 3
// expect: 0
// expect: -Infinity
// expect: -Infinity
// expect: NaN
// expect: -300
// expect: Infinity
// expect: 1
