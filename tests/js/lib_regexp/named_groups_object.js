var m = /(?<b>x)(?<a>y)/.exec("xy");
print(JSON.stringify(Object.keys(m.groups)), Object.getPrototypeOf(m.groups) === null);
print(JSON.stringify("2020-01-02".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>")));
var { groups: { y } } = /(?<y>\d{4})/.exec("in 1999");
print(y);
print(JSON.stringify(/(?<a>a)|(?<b>b)/.exec("b").groups));
// expect: ["b","a"] true
// expect: "02/01/2020"
// expect: 1999
// expect: {"b":"b"}
