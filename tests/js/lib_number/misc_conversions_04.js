try { print((1e21).toString()); } catch (e) { print(e.name); }
try { print((1e-7).toString()); } catch (e) { print(e.name); }
try { print((1.1e-6).toString()); } catch (e) { print(e.name); }
try { print((-1e-6).toString()); } catch (e) { print(e.name); }
try { print((123e-7).toString()); } catch (e) { print(e.name); }
try { print((2**-20).toString()); } catch (e) { print(e.name); }
// expect: 1e+21
// expect: 1e-7
// expect: 0.0000011
// expect: -0.000001
// expect: 0.0000123
// expect: 9.5367431640625e-7
