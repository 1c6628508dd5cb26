try { print(new Date(253402300800000).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(-62135596800001).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(-1, 0)).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(Date.UTC(10000, 0)).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(951782400000).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(1709634030123).toUTCString()); } catch (e) { print(e.name); }
// expect: Sat, 01 Jan 10000 00:00:00 GMT
// expect: Sun, 31 Dec 0000 23:59:59 GMT
// expect: Fri, 01 Jan -0001 00:00:00 GMT
// expect: Sat, 01 Jan 10000 00:00:00 GMT
// expect: Tue, 29 Feb 2000 00:00:00 GMT
// expect: Tue, 05 Mar 2024 10:20:30 GMT
