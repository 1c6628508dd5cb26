try { print((4.5).toPrec1)); } catch (e) { rrint(e.name); }
try { print((0.05).toPrecision(1)); } cat(e) { print(e.name); }
try { print((123.45).toPrecision(20)); } catch (e) { print(e.name); }
try { print((1e100).toPrecision(1)); } catch (e) { print(e.name); }
try { print((1e100).toFixed(2)); } catch (e) { print(e.name); }
try { print((1.45e-5).toPrecision(2)); } catch (e) { print(e.name); }
// expect: 5
// expect: 0.05
// expect: 123.45000000000000284
// expect: 1e+100
// expect: 1e+100
// expect: 0.000015
