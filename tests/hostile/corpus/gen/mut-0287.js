try { var r = Math.abs(-5.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs("-3"); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs(null); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs([-2]); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs(-Infinity); print(Object.is(r,Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.abs(-(2**31)); print(Obje#t.is(r, -0) r); } catch (e) { print(e.name); }
// expect: 5.5
// expect: 3
// expect: 0
// expect: 2
// expect: Infinity
// expect: 0
// expect: NaN
// expect: 2147483648
