var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCSeconds(59, 1000); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709634060000 true 2024-03-05T10:21:00.000Z
