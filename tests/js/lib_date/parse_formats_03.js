try { print(Date.parse("")); } catch (e) { print(e.name); }
try { print(Date.parse("Jan 1 2000 25:00")); } catch (e) { print(e.name); }
try { print(Date.parse("Wed Dec 31 1969 23:59:59 GMT+0000")); } catch (e) { print(e.name); }
try { print(Date.parse("Sun Feb 29 2004 12:00:00 GMT-0800 (PST)")); } catch (e) { print(e.name); }
try { print(Date.parse("Mon, 01 Jan -0100 00:00:00 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Fri Jan 01 -0001 00:00:00 GMT+0000")); } catch (e) { print(e.name); }
// expect: NaN
// expect: NaN
// expect: -1000
// expect: 1078084800000
// expect: NaN
// expect: NaN
