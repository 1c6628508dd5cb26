try { print(new Date(0).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toTimeString()); } catch (e) { print(e.name); }
try { print(new Date(-8.64e15).toTimeString()); } catch (e) { print(e.name); }
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 23:59:59 GMT+0000 (Coordinated Universal Time)
// expect: 01:46:40 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
// expect: 00:00:00 GMT+0000 (Coordinated Universal Time)
