print(Object.prototype.toString.call(Date.prototype), typeof Date.prototype);
try { Date.prototype.getTime(); } catch (e) { print(e.name); }
print(Object.prototype.toString.call(new Date(0)), Date.prototype.constructor === Date);
print(Date.prototype.toGMTString === Date.prototype.toUTCString);
// expect: [object Object] object
// expect: TypeError
// expect: [object Date] true
// expect: true
