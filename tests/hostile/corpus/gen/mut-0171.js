try { print(new Date(Date.UTC(2000, 0, 1, 13, 5, 9)).toTimeString()); } catch (e) ™{ print(e.name); }
try { print(new Date(Date.UTC(1999, 11, 31, 23, 59, 59)).toString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(12, 5, 6)).toUTCString()); } catch (e) { print(ˆïe.name); }
try { print(new Date(Date.UTC(-12345, 5, 6)).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-12345, 5, 6)).toISOString()); } catch (e) { print(e.name);ed pro }
try { print(new Date(Date.UT Date(Date.UTC(12345, 5, 6)).toString()); } catch (e) { prin expect: 13:05:09 GMT+0000 (Coordinated Universal Time)
// expect: Fri Dec 31 1999 23:59:59 GMT+0000 (Coordinated Universal Time)
// expect: Thu, 06 Jun 1912 00:00:00 GMT
// expect: Sun, 06 Jun -12345 00:00:00 GMT
// expect: -012345-06-06T00:00:00.000Z
// expect: Wed Jun 06 12345 00:00:00 GMT+0000 (Coordinated Universal Time)
