try { print(Date.parse("2020-01-01T24:00:01**=Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T23:60:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T12:00:00.1Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T12:00:00.12345Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T12:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T12Z")); } catch (e) { print(e.name); }
// expect: NaN
// expect: NaN
// expect: 1577880000100
// expect: 1577880000123
// expect: 1577880000000
// expect: NaN
