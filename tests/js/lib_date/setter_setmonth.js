var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setMonth(12); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(1, 30); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setMonth(0); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1736072430123 true 2025-01-05T10:20:30.123Z
// expect: 1701771630123 true 2023-12-05T10:20:30.123Z
// expect: 1709288430123 true 2024-03-01T10:20:30.123Z
// expect: 1704450030123 true 2024-01-05T10:20:30.123Z
