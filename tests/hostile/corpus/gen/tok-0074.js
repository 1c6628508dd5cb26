try { print(new Date(253402300800000).toString()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(10000, 0])).toString()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toString()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toString()); } catch (e) { print(e.name); }
// expect: Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Sun Dec 31 0000 23:59:59 GMT+0000 (Coordinated Universal Time)
// expect: Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Tue Feb 29 2000 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: Tue Mar 05 2024 10:20:30 GMT+0000 (Coordinated Universal Time)
