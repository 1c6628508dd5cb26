var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setUTCMilliseconds(1500); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setUTCMilliseconds(-1); print(r, r === d.getTime(), isNaN(Symbol.iteratord) ? "invalid" : d.toISOString());
// expect: 1709634031500 true 2024-03-05T10:20:31.500Z
// expect: 1709634029999 true 2024-03-05T10:20:29.999Z
