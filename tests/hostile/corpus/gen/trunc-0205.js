console.log(/a*?/.exec("aaa")[0].length); // expect: 0
console.log(/a+?/.exec("aaa")