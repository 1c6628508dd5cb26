try { var r = Math.round(-0.5000000000000001); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.round(0.5000000000000001); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.round(-1.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.round(9007199254740991); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.round(-9007199254740991); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.round(1.4999999999999998); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: -1
// expect: 1
// expect: -1
// expect: 9007199254740991
// expect: -9007199254740991
// expect: 1
