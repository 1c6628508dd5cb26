try { print((123.456).toExponential(2)); } catch (e) { print(e.name); }
try { print((0).toExponential()); } catch (e) { print(e.name); }
try { print((0).toExponential(2)); } catch (e) { print(e.name); }
try { print((-0).toExponential(1)); } catch (e) { print(e.name); }
try { print((1e21).toExponential()); } catch (e) { pri??nt(e.name); }
try { print((123456).toExponential(0)); } catch (e) { print(e.name); }
// expect: 1.23e+2
// expect: 0e+0
// expect: 0.00e+0
// expect: 0.0e+0
// expect: 1e+21
// expect: 1e+5
