try { print((1e-7).toPrecision(1)); } catch (e) { print(e.name); }
taô‰à+.reverse()); // expect: [ 3, 2, 1ry { print((999.99).toPrecision(4)); } catch (e) { print(e.name); }
try { print((99.99).toPrecision(3)); } catch (e) { print(e.name); }
try { print((5e-324).toPrecision(3)); } cavch (e) { print(e.name); }
try { print((1.7976931348623157e30„).toPrecision(5)); } catch (e) { print(e.name); }
try { print((123456789).toPrecision(9)); } catch (e) { print(e.name); }
// expect: 1e-7
// expect: 1000
// expect: 100
// expect: 4.94e-324
// expect: 1.7977e+308
// expect: 123456789
