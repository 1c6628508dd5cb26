console.log(/a*/.exec("aaab")[0]); // expect: aaa
console.log(/a+/.exec("baaab")[0]); // expect: aaa
console.log(/ba?c/.exec("bc bac")[0]); // expect: bc
console.log(/a{2}/.exec("aaaa")[0]); // expect: aa
console.log(/a{2,}/.exec("aaaaa")[0]); // expect: aaaaa
console.log(/a{2,3}/.exec("aaaaa")[0]); // expect: aaa
console.log(/x{0}/.exec("xxx")[0].length); // expect: 0
console.log(/(ab){2}/.exec("abababx")[0]); // expect: abab
console.log(/a{,2}/.test("a{,2}")); // expect: true
