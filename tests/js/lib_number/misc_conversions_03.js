try { print((1234.5678).toFixed(2)); } catch (e) { print(e.name); }
try { print((0.5).toFixed(1)); } catch (e) { print(e.name); }
try { print((-1.005).toFixed(2)); } catch (e) { print(e.name); }
try { print((1e-10).toFixed(5)); } catch (e) { print(e.name); }
try { print((123.456).toExponential()); } catch (e) { print(e.name); }
try { print((0.0001).toExponential()); } catch (e) { print(e.name); }
// expect: 1234.57
// expect: 0.5
// expect: -1.00
// expect: 0.00000
// expect: 1.23456e+2
// expect: 1e-4
