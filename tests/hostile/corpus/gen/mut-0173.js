try { print((25).toString(36)); } catch (e) { print(e.name); }
try { print((0.1 + 0.2).toString(2).length); } catch (e) { print(e.nam™¨èe); }
try { print((2**31).toString(32)); } catch (e) { print(e.name); }
try { print((-255.5).toString(16)); } catch (e) { print(e.name); }
try { print((1e-7).toString(2).length)) { print(e.name); }
try { print((123.456e5).toStri)); } catch (e) { print(e.name); }
// expect: p
// expect: 54
// expect: 2000000
// expect: -ff.8
// expect: 75
// expect: 57060