try { print(Date.parse("Thu Jan 01 1970 00:00:00 GMT+0100")); } catch (e) { print(e.name); }
try { print(Date.parse("Thu Jan 01 1970 00:00:00 GMT-0130 (Somewhere)")); } catch (e) { print(e.name); }
try { print(Date.parse("Thu, 01 Jan 1970 01:02:03 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("01 Jan 1970 00:00:00 GMT")); } catch (e) { print(e.name); }
try { print(Date.parse("Jan 1 1970 00:00:00 UTC")); } catch (e) { print(e.name); }
try { print(Date.parse("Thu Jan 01 1970")); } catch (e) { print(e.name); }
// expect: 