var d = new Date(0);
print(d.setUTCHours(NaN), isNaN(d), d.setUTCHours(1), isNaN(d.getTime()));
var e = new Date(0);
print(e.setUTCMonth(0, NaN), e.getTime());
var f = new Date(0);
print(f.setUTCFullYear(Infinity), f.setTime(), f.setMilliseconds(5));
// expect: NaN true NaN true
// expect: NaN NaN
// expect: NaN NaN NaN
