try { print(parseFloat("1.7976931348623159e308")); } catch (e) { print(e.name); }
try { print(parseFloat("5e-325")); } catch (e) { print(e.name); }
try { print(parseFloat("2.4703282292062328e-324")); } catch (e) { print(e.name); }
try { print(parseFloat("0.1e1000")); } catch (e) { print(e.name); }
try { print(parseFloat("00012")); } catch (e) { print(e.name); }
try { print(parseFloat("1_000")); } catch (e) { print(e.name); }
// expect: Infinity
// expect: 0
// expect: 5e-324
// expect: Infinity
// expect: 12
// expect: 1
