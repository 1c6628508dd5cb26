try { print(new Date(253402300800000).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(10000, 0)).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toTimeString()); } catch (e) { print(e.name); }
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 23:59:59 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 10:20:30 GMT+0000 (Coordinated Universal Time)
