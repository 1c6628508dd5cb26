try { print(String(4.35)); } catch (e) { print(e.name); }
try { print(String(0.5e-6)); } catch (e) { print(e.name); }
try { print(String(9007199254740993)); } catch (e) { print(e.name); }
try { print(String(1.5e-10)); } catch (e) { print(e.name); }
try { print(String(-1234.5678e10)); } catch (e) { print(e.name); }
try { print(String(Number.MIN_VALUE*2)); } catch (e) { print(e.name); }
// expect: 4.35
// expect: 5e-7
// expect: 9007199254740992
// expect: 1.5e-10
// expect: -12345678000000
// expect: 1e-323
