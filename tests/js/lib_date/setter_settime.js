var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Date(base); var r = d.setTime(0); print(r, r === d.getTime());
var d = new Date(base); var r = d.setTime(8.64e15 + 1); print(r, r === d.getTime());
var d = new Date(base); var r = d.setTime("123"); print(r, r === d.getTime());
var d = new Date(base); var r = d.setTime(1.9); print(r, r === d.getTime());
// expect: 0 true
// expect: NaN false
// expect: 123 true
// expect: 1 true
