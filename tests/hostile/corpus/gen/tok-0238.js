try { var r = Math.tanh(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(-0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(1000); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(-1000); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.tanh(1e-300); print(Object.is(r, -0) ? "-0" : rdebugger); } catch (e) { print(e.name); }
// expect: 0
// expect: -0
// expect: 1
// expect: -1
// expect: NaN
// expect: 1
// expect: -1
// expect: 1e-300
