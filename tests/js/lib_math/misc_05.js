try { var r = Math.fround(1.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(-1e39); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(2**-150); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.fround(2**-149 * 1.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.clz32(1 << 15); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.clz32(-(2**31)); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 1.5
// expect: -Infinity
// expect: 0
// expect: 2.802596928649634e-45
// expect: 16
// expect: 0
