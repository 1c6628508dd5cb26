try { var r = Math.pow(2, 10); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(NaN, 0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(NaN, -0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(1, NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(1, Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-1, Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(0.5, Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 1024
// expect: 1
// expect: 1
// expect: NaN
// expect: NaN
// expect: NaN
// expect: 0
