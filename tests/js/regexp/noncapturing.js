console.log(/(?:ab)+/.exec("ababx")[0]); // expect: abab
console.log(/(?:a)(b)/.exec("ab").length); // expect: 2
console.log(/(?:x|y)(z)/.exec("yz")[1]); // expect: z
