try { print(new Date(0).toString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toString()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toString()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toString()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toString()); } catch (e) { print(e.name); }
try { print(new Date(-8.64e15).toString()); } catch (e) { print(e.name); }
// expect: Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)
// expect: Sun Sep 09 2001 01:46:40 GMT+0000 (Coordinated Universal Time)
// expect: Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)
