try { print((1e21).toString(36)); } catch (e) { print(e.name); }
try { print((2**60).toString(2).length); } catch (e) { print(e.name); }
try { print((-0).toString(2)); } catch (e) { print(e.name); }
try { print(NaN.toString(16)); } catch (e) { print(e.name); }
try { print(Infinity.toString(7)); } catch (e) { print(e.name); }
try { print((0.000001).toString(5)); } catch (e) { print(e.name); }
// expect: 5v1j4f4ds7c000
// expect: 61
// expect: 0
// expect: NaN
// expect: Infinity
// expect: 0.0000000014340322421131001434033
