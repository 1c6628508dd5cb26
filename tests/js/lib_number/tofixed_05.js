try { print((-1e21).toFixed(3)); } catch (e) { print(e.name); }
try { print((2**53).toFixed(2)); } catch (e) { print(e.name); }
try { print((4.35).toFixed(1)); } catch (e) { print(e.name); }
try { print((1.0e-10).toFixed(12)); } catch (e) { print(e.name); }
try { print(Number.prototype.toFixed.call(new Number(3), 1)); } catch (e) { print(e.name); }
try { print(Number.prototype.toFixed.call("3", 1)); } catch (e) { print(e.name); }
// expect: -1e+21
// expect: 9007199254740992.00
// expect: 4.3
// expect: 0.000000000100
// expect: 3.0
// expect: TypeError
