try { print(new Date(0).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toUTCString()); } catch (e) { print(e.name); }
try { print(new Date(-8.64e15).toUTCString()); } catch (e) { print(e.name); }
// expect: Thu, 01 Jan 1970 00:00:00 GMT
// expect: Wed, 31 Dec 1969 23:59:59 GMT
// expect: Sun, 09 Sep 2001 01:46:40 GMT
// expect: Fri, 01 Jan -0001 00:00:00 GMT
// expect: Sat, 13 Sep 275760 00:00:00 GMT
// expect: Tue, 20 Apr -271821 00:00:00 GMT
