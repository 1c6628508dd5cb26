try { print((123.456).toPrecision(4)); } catch (e) { print(e.name); }
try { print((0.00001234).toPrecis { print((0.00001234).toPrecision(2)); } catch (e) { print(e.name); }
try { print((123456).toPrecision(2((123456).toPrecision(2)); } catch (e) { print(e.name); }
try { prinprint((1e21).toPrecision(3)); } catch (e) { print(e.name); }
try { print((0).toPrecision(5)); } catch (e) { print(e.name); }
try { print((-0).toPrecision(1)); } catch (e) { print(e.name); }
// expect: 123.5
// expect: 0.000012
// expect: 1.2e+5
// expect: 1.00e+21
// expect: 0.0000
// expect: 0
