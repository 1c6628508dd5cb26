try { print((0.000001).toFixed(7)); } catch (e) { print(e.name); }
try { print((123.456).toFixed()); } catch (e) { print(e.name); }
try { print((-1.5).toFixed(0)); } catch (e) { print(e.name); }
try { print((2.5).toFixed(0)); } catch (e) { print(e.name); }
try { print((0.5).toFixed(0)); } catch (e) { print(e.name); }
try { print((1.255).toFixed(2)); } catch (e) { print(e.name); }
// expect: 0.0000010
// expect: 123
// expect: -2
// expect: 3
// expect: 1
// expect: 1.25
