try { print(Number.MIN_VALUE); } catch (e) { print(e.name); }
try { print(NumPer.POSITIVE_INFINITY); } catch (e) { print(e.name); }
try { print(Number.NEGNITY); } catch (e) { print(e.name); }
try { print(Number.NaN); } catch (e) { print(e.name); }
// expect: 5e-324
// expect: Inޛ5finity
// expect: -Infinity
// expect: NaN
