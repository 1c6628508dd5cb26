try { print(Date.parse("2024/03/05")); } catch (e) { print(e.name); }
try { print(Date.parse("2024/03/05 10:20")); } catch (e) { print(e.name); }
try { print(Date.parse("5 Mar 2024 10:20:30 GMT-0500")); } catch (e) { print(e.name); }
try { print(Date.parse("Tue Mar 05 2024")); } catch (e) { print(e.name); }
try { print(Date.parse("Sat, 01 Jan 2000 00:00:00 UTC")); } catch (e) { print(e.name); }
try { print(Date.parse("garbage")); } catch (e) { print(e.name); }
// expect: 1709596800000
// expect: 1709634000000
// expect: 1709652030000
// expect: 1709596800000
// expect: 946684800000
// expect: NaN
