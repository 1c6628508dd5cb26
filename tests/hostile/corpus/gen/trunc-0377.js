var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setYear(99); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setYear(2000); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setYear(NaN); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
// expect: 920629230123 true 1999-03-05T10:20:30.12