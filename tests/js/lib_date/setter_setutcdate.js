var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCDate(31); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1711880430123 true 2024-03-31T10:20:30.123Z
