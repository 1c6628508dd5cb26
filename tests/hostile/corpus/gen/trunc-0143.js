var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setMonth(12); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(1, 30); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(