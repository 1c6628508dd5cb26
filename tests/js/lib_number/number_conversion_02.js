try { print(Number("1e")); } catch (e) { print(e.name); }
try { print(Number("Infinity")); } catch (e) { print(e.name); }
try { print(Number("-Infinity")); } catch (e) { print(e.name); }
try { print(Number("infinity")); } catch (e) { print(e.name); }
try { print(Number("1_0")); } catch (e) { print(e.name); }
try { print(Number(".5")); } catch (e) { print(e.name); }
// expect: NaN
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: NaN
// expect: 0.5
