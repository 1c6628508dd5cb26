// A handler attached in a later macrotask is too late: the rejection is
// reported when the drain after the script ends.
var p = new Promise(function (_, reject) { reject(new RangeError("too late")); });
setTimeout(function () { p.catch(function () { print("never"); }); }, 0);
// expect error: RangeError: too late
