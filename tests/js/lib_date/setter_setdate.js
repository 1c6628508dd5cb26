var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setDate(0); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setDate(32); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setDate(-365); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setDate(15); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 1709202030123 true 2024-02-29T10:20:30.123Z
// expect: 1711966830123 true 2024-04-01T10:20:30.123Z
// expect: 1677666030123 true 2023-03-01T10:20:30.123Z
// expect: 1710498030123 true 2024-03-15T10:20:30.123Z
