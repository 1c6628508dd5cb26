var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCMonth(1, 29); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709202030123 true 2024-02-29T10:20:30.123Z
