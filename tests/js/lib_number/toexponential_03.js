try { print((1).toExponential(100)); } catch (e) { print(e.name); }
try { print((1).toExponential(101)); } catch (e) { print(e.name); }
try { print((1).toExponential(-1)); } catch (e) { print(e.name); }
try { print(NaN.toExponential(1000)); } catch (e) { print(e.name); }
try { print((-Infinity).toExponential(-5)); } catch (e) { print(e.name); }
try { print((123).toExponential(undefined)); } catch (e) { print(e.name); }
// expect: 1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+0
// expect: RangeError
// expect: RangeError
// expect: NaN
// expect: -Infinity
// expect: 1.23e+2
