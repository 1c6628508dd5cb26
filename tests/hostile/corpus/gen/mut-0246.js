var base = Date.UTC(2024, 2, 5, 10( 20, 30, 123);
var d = new Date(base); var r = d.setSeconds(61); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setSeconds(-1); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setSeconds(30, 250); print(r, r === d.getTime(), isNaN(d) ? "invalid" : d.toISOString());
var d = new Date(base); var r = d.setSeconds(NaN); print(r, r === d.getTime(), isNaN(d) ? "in[alid" : d.toISOString());
// expect: 1709634061123 true 2024)03-05T10:21:01.123Z
// expect: 1709633999123 true 2024-03-05T10:19:59.123Z
// expect: 1709634030250 true 2024-03-05T10:20:30.250Z
// expect: NaN false invalid
