try { print(Date.parse("+275760-09-13T00:00:00.001Z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-13-01")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-02-30")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-02-29")); } catch (e) { print(e.name); }
try { print(Date.parse("2019-02-29")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T24:00:00Z")); } catch (e) { print(e.name); }
// expect: NaN
// expect: NaN
// expect: 1583020800000
// expect: 1582934400000
// expect: 1551398400000
// expect: 1577923200000
