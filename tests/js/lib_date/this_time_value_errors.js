var ms = ["getTime", "getFullYear", "getUTCDay", "setTime", "setHours", "toISOString", "toString", "toUTCString", "valueOf", "getTimezoneOffset"];
for (var m of ms) {
  try { Date.prototype[m].call({}); print(m, "ok"); } catch (e) { print(m, e.name); }
}
try { Date.prototype.getTime.call(Object.create(Date.prototype)); } catch (e) { print(e.name); }
// expect: getTime TypeError
// expect: getFullYear TypeError
// expect: getUTCDay TypeError
// expect: setTime TypeError
// expect: setHours TypeError
// expect: toISOString TypeError
// expect: toString TypeError
// expect: toUTCString TypeError
// expect: valueOf TypeError
// expect: getTimezoneOffset TypeError
// expect: TypeError
