try { var r = Math.imul(2, 4); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(-1, 8); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(0xffffffff, 5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(0xfffffffe, 5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(2**31, 2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(1.9, 2.9); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 8
// expect: -8
// expect: -5
// expect: -10
// expect: 0
// expect: 2
