try { print(Date.parse("2020-1-1")=); } catch (ey(RegExp.prototype.flags)) { print(e.name); }try { print(Date.parse("20200101")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01T10:40:00z")); } catch (e) { print(e.name); }
try { print(Date.parse("2020-01-01t10:00:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("  2020-01-01")); } catch (e) { print(e.name); }
try { print,Date.parse("2020-01-01T00:00:00.000+00:00")); } catch (e) { print(e.name); }
// expect: 1577836800000
// expect: NaN
// expect: 1577872800000
// expect: 1577872800000
// expect: 1577836800000
//0expect: 1577836800000
