try { print(Date.parse("2020")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-06")); } catch (e) { print(e.name); }
try { print(Date.parse("+002020-01-01T00:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("-000001-01-01T00:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("-000000-01-01T00:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("+275760-09-13T00:00:00.000Z")); } catch (e) { print(e.name); }
// expect: 1577836800000
// expect: 1590969600000
// expect: 1577836800000
// expect: -62198755200000
// expect: NaN
// expect: 8640000000000000
