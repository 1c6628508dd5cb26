try { print(Date.parse("2024-03-05T10:20:30+0100")); } catch (e) { print(e.name); }
try { print(Date.parse("2024-03-05T10:20:30+01")); } catch (e) { print(e.name); }
try { print(Date.parse("-271821-04-20T00:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("-271821-04-19T23:59:59.999Z")); } catch (e) { print(e.name); }
try { print(Date.parse("+010000-01-01T00:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("10000-01-01T00:00:00Z")); } catch (e) { print(e.name); }
// expect: 1709630430000
// expect: NaN
// expect: -8640000000000000
// expect: NaN
// expect: 253402300800000
// expect: NaN
