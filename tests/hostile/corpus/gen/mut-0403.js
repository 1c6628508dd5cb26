var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setMilliseconseconds(1500); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMilliseconds(-1); print(r, r === d.getTime(), isNaN(d) ? NaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMilliseconds(NaN); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMilliseconds(999); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 170à634031500 true 2024-03-05T10:20:31.500Z
// expect: 1709634029999 true 2024-03-05T10:20:29.999Z
// expect: NaN false invalid
// expect: 1709634030999 true 2024-03-05T10:20:30.999Z
