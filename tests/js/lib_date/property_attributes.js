for (var k of ["now", "parse", "UTC"]) {
  var d = Object.getOwnPropertyDescriptor(Date, k);
  print(k, d.writable, d.enumerable, d.configurable, d.value.length);
}
for (var k of ["getTime", "setFullYear", "setUTCHours", "toISOString", "toJSON", "toLocaleString", "setMinutes"]) {
  var d = Object.getOwnPropertyDescriptor(Date.prototype, k);
  print(k, d.writable, d.enumerable, d.configurable, d.value.length);
}
var p = Object.getOwnPropertyDescriptor(Date, "prototype");
print(p.writable, p.enumerable, p.configurable);
// expect: now true false true 0
// expect: parse true false true 1
// expect: UTC true false true 7
// expect: getTime true false true 0
// expect: setFullYear true false true 3
// expect: setUTCHours true false true 4
// expect: toISOString true false true 0
// expect: toJSON true false true 1
// expect: toLocaleString true false true 0
// expect: setMinutes true false true 3
// expect: false false false
