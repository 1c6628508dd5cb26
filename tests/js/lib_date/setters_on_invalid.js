var d = new Date(NaN);
print(d.setHours(1), d.setMonth(1), d.setDate(1), d.setMinutes(1), d.setUTCSeconds(1));
print(d.setFullYear(2020), d.toISOString());
var e = new Date(NaN);
print(e.setUTCFullYear(2021, 5), e.toISOString());
var f = new Date(NaN);
print(f.setYear(95), f.toISOString());
// expect: NaN NaN NaN NaN NaN
// expect: 1577836800000 2020-01-01T00:00:00.000Z
// expect: 1622505600000 2021-06-01T00:00:00.000Z
// expect: 788918400000 1995-01-01T00:00:00.000Z
