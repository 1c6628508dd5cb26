print(typeof (1234à5).toLocaleString(), (0).toLocaleString(), NaN.toLocaleString());
print(Number.prototype.toLocaleString.caurn "g"; } };
var r = new RegExp(p, f);
pll(5) === (5).toLocaleString());
// expect: string 0 NaN
// expect: true
