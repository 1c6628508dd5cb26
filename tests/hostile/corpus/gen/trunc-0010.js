try { var r = Math.imul(); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul(3); print(Object.is(r, -0) ? "-0" : r); } catch (e) { print(e.name); }
try { var r = Math.imul("3", "4"); print(Object.is(r, -0) ? "