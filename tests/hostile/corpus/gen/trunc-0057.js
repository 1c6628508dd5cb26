var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setYear(99); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOSt