try { print((10.235).toFixed(2)); } catch (e) { print(e.name); }
try { print((1.23).toFixed(100)); } catch (e) { print(e.name); }
try { print((1).toFixed(101)); } catch (e) { print(e.name); }
try { print((1).toFixed(-1)); } catch (e) { print(e.name); }
try { print(NaN.toFixed(2)); } catch (e) { print(e.name); }
try { print((-Infinity).toFixed(1)); } catch (e) { print(e.name); }
// expect: 10.23
// expect: 1.2299999999999999822364316059974953532218933105468750000000000000000000000000000000000000000000000000
// expect: RangeError
// expect: RangeError
// expect: NaN
// expect: -Infinity
