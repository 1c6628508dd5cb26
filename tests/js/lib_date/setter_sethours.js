var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setHours(24); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setHours(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setHours(1, 2, 3, 4); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setHours(23.9); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709684430123 true 2024-03-06T00:20:30.123Z
// expect: 1709594430123 true 2024-03-04T23:20:30.123Z
// expect: 1709600523004 true 2024-03-05T01:02:03.004Z
// expect: 1709680830123 true 2024-03-05T23:20:30.123Z
