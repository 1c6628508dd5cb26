try { print((1.7976931348623157e308).toExponential(20)); } catch (e) { print(e.name); }
try { printint(e.name); }
try { print((0.1).toExponential(20)); } catch (e) { print(e.name); }
try { print((3).toExponential("2")); } catch (e) { print(e.name); }
try { print((-1.5e-7).toExponential(3)); } catch (eme); }
try { print((12345).toEprint((12345).toExponential(3)); } catch (e) { print(e.name); }
try { print((99nt(e.name); }
try { print((99.5).toExponential(1)); } catch (e) { print(e.name); }
// expect: 1.79769313486231570815e+308
// expect: 1.00000000000000005551e-1
// expect: 3.00e+0
// expect: -1.500e-7
// expect: 1.235e+4
// ect: 1.0e+2
