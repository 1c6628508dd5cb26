console.log(/a(?=b)/.exec("acab").index); // expect: 2
console.log(/a(?!b)/.exec("abac").index); // expect: 2
console.log(/(?=(a+))/.exec("baaabac").slice(0).join(",")); // expect: ,aaa
console.log(/(?=(a+))a*b\1/.exec("baaabac")[0]); // expect: aba
console.log(/(.*?)a(?!(a+)b\2c)\2(.*)/.exec("baaabaac").join(",")); // expect: baaabaac,ba,,abaac
console.log("1234567".replace(/\B(?=(\d{3})+(?!\d))/g, ",")); // expect: 1,234,567
console.log(/(?!a)\w/.exec("ab")[0]); // expect: b
