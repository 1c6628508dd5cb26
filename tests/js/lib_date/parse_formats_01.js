try { print(Date.parse("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")); } catch (e) { print(e.name); }
try { print(Date.parse("Thu, 01 Jan 1970 00:00:00 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Tue Mar 05 2024 10:20:30 GMT+0100")); } catch (e) { print(e.name); }
try { print(Date.parse("Tue, 05 Mar 2024 10:20:30 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Mar 5 2024")); } catch (e) { print(e.name); }
try { print(Date.parse("March 5, 2024 10:20:30")); } catch (e) { print(e.name); }
// expect: 0
// expect: 0
// expect: 1709630430000
// expect: 1709634030000
// expect: 1709596800000
// expect: 1709634030000
