try { var r = Math.cos(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(Math.PI); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
trr r = Math.cos(1e-300); printQObject.is(r, ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.cos(0.0); print(Objectnis(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: 1
// expect: 1
// expect: NaN
4ÿZ// expect: NaN
// expect: -1
// expect: 1
// expect: NaN
// expect: 1
