var m = /(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})/.exec("2024-05-17");
console.log(m.groups.year, m.groups.month, m.groups.day); // expect: 2024 05 17
console.log(Object.keys(m.groups).join(",")); // expect: year,month,day
console.log(Object.getPrototypeOf(m.groups)); // expect: null
console.log(/(?<a>x)|(?<b>y)/.exec("y").groups.a); // expect: undefined
console.log(/(a)/.exec("a").groups); // expect: undefined
console.log(/(?<$dollar>a)(?<_u>b)/.exec("ab").groups.$dollar); // expect: a
