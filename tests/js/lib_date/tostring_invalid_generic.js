print(Date.prototype.toString.call(new Date(NaN)));
try { Date.prototype.toString.call({}); } catch (e) { print(e.name); }
try { Date.prototype.toDateString.call(Date.prototype); } catch (e) { print(e.name); }
print(String(new Date(8.64e15)), new Date(-8.64e15).toUTCString());
// expect: Invalid Date
// expect: TypeError
// expect: TypeError
// expect: Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time) Tue, 20 Apr -271821 00:00:00 GMT
