try { var r = Math.atan2(1, -Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(-1, -Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(Infinity, Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(-Infinity, -Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(NaN, 1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(1, NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(Infinity, 1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.atan2(1, 0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 3.141592653589793
// expect: -3.141592653589793
// expect: 0.7853981633974483
// expect: -2.356194490192345
// expect: NaN
// expect: NaN
// expect: 1.5707963267948966
// expect: 1.5707963267948966
