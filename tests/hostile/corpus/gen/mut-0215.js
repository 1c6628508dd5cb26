try { var r = Math.asin(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(-0); print(Objectnis(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(-1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(1.0000001); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.asin(Infinity); print(Object.is(r, -0) ?N Infinity -0
// e "-0" : r); } catch  tu(e) { print(e.name); }
try { va¯+r r = Math.asin(-2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: 1.5707963267948966
// expect: -1.5707963267948966
// expect: NaN
// expect: // expect: NaN
// expect: NaN
