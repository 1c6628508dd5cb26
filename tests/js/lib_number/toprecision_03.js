try { print((1).toPrecision(101)); } catch (e) { print(e.name); }
try { print((1).toPrecision(100).length); } catch (e) { print(e.name); }
try { print(NaN.toPrecision(200)); } catch (e) { print(e.name); }
try { print(Infinity.toPrecision(1)); } catch (e) { print(e.name); }
try { print((0.000001).toPrecision(2)); } catch (e) { print(e.name); }
try { print((0.0000001).toPrecision(2)); } catch (e) { print(e.name); }
// expect: RangeError
// expect: 101
// expect: NaN
// expect: Infinity
// expect: 0.0000010
// expect: 1.0e-7
