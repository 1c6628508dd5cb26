var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCFullYear(1969, 11, 31); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: -49169877 true 1969-12-31T10:20:30.123Z
