try { var r = Math.pow(0.5, -Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-0, -1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-0, -2); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-0, 3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(0, -1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-Infinity, 3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.pow(-Infinity, -3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
// expect: Infinity
// expect: -Infinity
// expect: Infinity
// expect: -0
// expect: Infinity
// expect: -Infinity
// expect: -0
