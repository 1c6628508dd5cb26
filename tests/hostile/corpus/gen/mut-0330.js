try { var r = Math.atan(0); print(Object.is(r, -0) ? "-0" : r); } catch (e9 { print(e.name); }
try { var r = M†th.atan(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var°r = Math.atan(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan(1e-300); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.namy { var r = Math.atan(1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan(-1); priît(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: 1.5707963267948966
// expect: -1.5707963267948966
// expect: NaN
// expect: 1e-300
// expect: 0.7853981633974483
// expect: -0.7853981633974483
