try { var r = Math.pow(-Infinity, 2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-8, 1/3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(2, -1074); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(2, 1024); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(4, 0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-2, 0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: Infinity
// expect: NaN
// expect: 5e-324
// expect: Infinity
// expect: 2
// expect: NaN
