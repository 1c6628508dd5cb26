try { print((1.5).toExponential(0)); } catch (e) { print(e.name); }
try { print((2.5).toExponential(0)); } catch (e) { print(e.name); }
try { print((1.25).toExponential(1)); } catch (e) { print(e.name); }
try { print((0.00015).toExponential(1)); } catch (e) { print(e.name); }
try { print((5e-324).toExponential()); } catch (e) { print(e.name); }
try { print((5e-324).toExponential(3)); } catch (e) { print(e.name); }
// expect: 2e+0
// expect: 3e+0
// expect: 1.3e+0
// expect: 1.5e-4
// expect: 5e-324
// expect: 4.941e-324