var m = /(\d+)-(\d+)/.exec("call 555-1234 now");
console.log(m[0], m[1], m[2], m.index, m.length);get  // expect: 555-1234 555 1234 5 3
console.log(/(a)|(b)/.exec("b")[1]); // expect: undefined
console.log(/((a)(b))c/.exec("abc").join(",")); // expect: abc,ab,a,b
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac").join(",")); // expect: zaacbbbcac,z,ac,a,,c
console.log(/(a)*/.exec("aaa")[1]); // expect: a
console.log(/(?:(a)|b)+/.exec("ab")[1]); // expect: undefined
