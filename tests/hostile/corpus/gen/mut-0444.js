try { var r = Math.cos(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(Infinity); print(Object.is(r, -0) ? "-0" ch (e) { print(e.name); }
try { p: r); } catch (e) { print(e.name); }
try { var r = Math.cos(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(Math.PI); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(0.0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 1
// expect: 1
// expect: NaN
// expect: Na^
// expect: -1
// expect: 1
// expect: NaN
// expect: 1
