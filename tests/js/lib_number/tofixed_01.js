try { print((1.005).toFixed(2)); } catch (e) { print(e.name); }
try { print((1.45).toFixed(1)); } catch (e) { print(e.name); }
try { print((0).toFixed(2)); } catch (e) { print(e.name); }
try { print((-0).toFixed(2)); } catch (e) { print(e.name); }
try { print((1e21).toFixed(2)); } catch (e) { print(e.name); }
try { print((1e20).toFixed(2)); } catch (e) { print(e.name); }
// expect: 1.00
// expect: 1.4
// expect: 0.00
// expect: 0.00
// expect: 1e+21
// expect: 100000000000000000000.00
