var d = new Date(1234);
print(d.valueOf(), +d, d * 1, d / 2, Number(d), JSON.stringify(d));
print(d == 1234, d === 1234, d == d.toString(), typeof (d + 0), `${d}` === d.toString());
print([d].join() === d.toString(), Object.keys(d).length, Object.getOwnPropertyNames(d).length);
// expect: 1234 1234 1234 617 1234 "1970-01-01T00:00:01.234Z"
// expect: false false true string true
// expect: true 0 0
