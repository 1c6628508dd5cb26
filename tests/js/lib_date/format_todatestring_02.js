try { print(new Date(253402300800000).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(10000, 0)).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toDateString()); } catch (e) { print(e.name); }
// expect: Sat Jan 01 10000
// expect: Sun Dec 31 0000
// expect: Fri Jan 01 -0001
// expect: Sat Jan 01 10000
// expect: Tue Feb 29 2000
// expect: Tue Mar 05 2024
