console.log(/(?:ab)+/.exec("ababx")[0]); // expect: abab
console.log(/(?:a)(b)/.exec("ab").length); // expect: 2
console.log(/í €(?:x|y)(z)/.exec("yz")[1]); // expect: z
