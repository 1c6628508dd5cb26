try { print(parseInt("11", -0)); } catch (e) { print(e.name); }
try { print(parseInt("1e3")); } catch (e) { print(e.name); }
try { print(parseInt(0.0000005)); } catch (e) { print(e.name); }
try { print(parseInt(1e21)); } catch (e) { print(e.name); }
try { print(parseInt("\u00a0\n 7")); } catch (e) { print(e.name); }
try { print(parseInt("+-1")); } catch (e) { print(e.name); }
// expect: 11
// expect: 1
// expect: 5
// expect: 1
// expect: 7
// expect: NaN
