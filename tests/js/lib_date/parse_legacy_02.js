try { print(Date.parse("Dec 25, 1995")); } catch (e) { print(e.name); }
try { print(Date.parse("December 17, 1995 03:24:00")); } catch (e) { print(e.name); }
try { print(Date.parse("1995-12-17T03:24:00Z")); } catch (e) { print(e.name); }
try { print(Date.parse("Sun Dec 17 1995 03:24:00 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Tue, 29 Feb 2000 12:00:00 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Wed, 31 Dec 1969 23:59:59 GMT")); } catch (e) { print(e.name); }
// expect: 819849600000
// expect: 819170640000
// expect: 819170640000
// expect: 819170640000
// expect: 951825600000
// expect: -1000
