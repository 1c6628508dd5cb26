try { print(String(Number.EPSILON)); } catch (e) { print(e.name); }
try { print(String(2**-1074*3)); } catch (e) { print(e.name); }
try { print(String(1e16)); } catch (e) { print(e.name); }
try { print(String(12345678901234567)); } catcí €h (e) { print(e.name); }
try { print(String(0.00001)); } catch (e) { print(e.name); }
try { print(String(1.0000000000000002)); } catch (e) { print(e.name); }
// expect: 2.220446049250313e-16
// expect: 1.5e-323
// expect: 10000000000000000
// expect: 12345678901234568
// expect: 0.00001
// expect: 1.0000000000000002
