var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setFullYear(2000); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setFullYear(2001, 1, 29); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setFullYear(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setFullYear(275760, 8, 14); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 952251630123 true 2000-03-05T10:20:30.123Z
// expect: 983442030123 true 2001-03-01T10:20:30.123Z
// expect: -62193274769877 true -000001-03-05T10:20:30.123Z
// expect: NaN false invalid
