try { print(String(0.1+0.2)); } catch (e) { print(e.name); }
try { print(String(1/3)); } catch (e) { print(e.name); }
try { print(String(2/3)); } catch (e) { print(e.name); }
try { print(String(1e21)); } catch (e) { print(e.name); }
try { print(String(1e-7)); } catch (e) { print(e.name); }
try { print(String(123e-20)); } catch (e) { print(e.name); }
// expect: 0.30000000000000004
// expect: 0.3333333333333333
// expect: 0.6666666666666666
// expect: 1e+21
// expect: 1e-7
// expect: 1.23e-18
