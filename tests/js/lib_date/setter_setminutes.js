var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setMinutes(60); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMinutes(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMinutes(1, 2, 3); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMinutes(undefined); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709636430123 true 2024-03-05T11:00:30.123Z
// expect: 1709632770123 true 2024-03-05T09:59:30.123Z
// expect: 1709632862003 true 2024-03-05T10:01:02.003Z
// expect: NaN false invalid
