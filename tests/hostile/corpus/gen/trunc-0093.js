var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setSeconds(61); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setSeconds(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setSeconds(30, 250); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d