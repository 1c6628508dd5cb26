try { var r = Math.imul(0x7fffffff, 0x7fffffff); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(-5, -5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(2**32 + 3, 2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.max(-0, -0, 0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.min(0, -0, 0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.exp(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 1
// expect: 25
// expect: 6
// expect: 0
// expect: -0
// expect: 1
