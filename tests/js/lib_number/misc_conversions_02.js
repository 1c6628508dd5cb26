try { print(Number("  0x10  ")); } catch (e) { print(e.name); }
try { print(Number("1e+2")); } catch (e) { print(e.name); }
try { print(Number("-.5")); } catch (e) { print(e.name); }
try { print(Number("+Infinity")); } catch (e) { print(e.name); }
try { print(Number("0b2")); } catch (e) { print(e.name); }
try { print(Number("0o8")); } catch (e) { print(e.name); }
// expect: 16
// expect: 100
// expect: -0.5
// expect: Infinity
// expect: NaN
// expect: NaN
