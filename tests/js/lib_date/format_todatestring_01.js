try { print(new Date(0).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(-1).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(1e12).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(-62198755200000).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(8.64e15).toDateString()); } catch (e) { print(e.name); }
try { print(new Date(-8.64e15).toDateString()); } catch (e) { print(e.name); }
// expect: Thu Jan 01 1970
// expect: Wed Dec 31 1969
// expect: Sun Sep 09 2001
// expect: Fri Jan 01 -0001
// expect: Sat Sep 13 275760
// expect: Tue Apr 20 -271821
