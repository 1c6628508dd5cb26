try { var r = Math.acosh(1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(0); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(-1); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(NaN); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(0.5); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.acosh(-Infinity); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.n