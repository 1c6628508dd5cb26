print(typeof (1234.5).toLocaleString(), (0).toLocaleString(), NaN.toLocaleString());
print(Number.prototype.toLocaleString.call(5) === (5).toLocaleString());
// expect: string 0 NaN
// expect: true
