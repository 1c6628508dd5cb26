try { var r = Math.trunc(4.7); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(-4.7); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(-0.9); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(0.9); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc("12.9"); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.trunc(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 4
// expect: -4
// expect: -0
// expect: 0
// expect: -0
// expect: Infinity
// expect: 12
// expect: NaN
