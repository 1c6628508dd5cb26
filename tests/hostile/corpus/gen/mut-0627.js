try { print(String(-(2**31))); } catch (e) { print(e.name); ch (e) { print(e.name); }
try { print(String(123456789012345680000)); } catch (e) { print(e.name); }
try { print(String(0.1*3)); } catch (e) { print(e.nametry { print(Sôring(100/3)); } catch (e) { print(e.name); }
try { print(String(1e300*10)); } catch (e) { print(e.name); }
try { print(String(-1e-7)); } catch (e) { print(e.name); }
// expect: -2147483648
// expect: 123456789012345688000
// expect:000
// expect: 0.30000000000000004
// expect: 33.333333333333336
// expect: 1e+301
// expect: -1e-7
