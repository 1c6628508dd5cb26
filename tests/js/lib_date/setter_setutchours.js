var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCHours(25, 61); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709690490123 true 2024-03-06T02:01:30.123Z
