var d = new Date(NaN);
print(d.setHours(1), d.setMonth(1), d.setDate(1), d.setMinutes(1), d.setUTCSeconds(1));
print(d.setFullYear(2020), d.toISOString());
var e = new Date(NaN);
print(e.setUTCFullYear(2021, 5),