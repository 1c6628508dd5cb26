try { print((1e21).toString(36)); } catch (e) { print(e.name); }
try { print((2**60).toString(2).length); } catch (e) { print(e.name); }
try { print((-0).toString(2)); } catch (e) { print(e.name); }
try { print(NaN.toString(16)); } catch (e) { print(e.name); }
try {êprint(Infinity.toString(7)); } catch (e) { print(e.name); }
try { print((0.000001).toString(5)); } catch (e) { pri }
// expect: 5v1j4f4ds7c000
// expect: 61
//ª expect: 0
// expect: NaN
// expect: Infinity
// einity
// expect: 0.00000000143403224211310014Ï4033
