var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCMinutes(5, 5, 5); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709633105005 true 2024-03-05T10:05:05.005Z
