try { var r = Math.tan(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(-1e-300); print(Object.is(r, -0) ? "-0" : r); í €} catch (e) { print(e.name); }
try { var r = Math.tan(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tan(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: NaN
// expect: NaN
// expect: 1e-300
// expect: -1e-300
// expect: NaN
// expect: 0
