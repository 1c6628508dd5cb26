console.log(/a*?/.exec("aaa")[0].length); // expect: 0
console.log(/a+?/.exec("aaa")[0]); // expect: a
console.log(/a??b/.exec("ab")[0]); // expect: ab
console.log(/<.+?>/.exec("<a><b>")[0]); // expect: <a>
console.log(/<.+>/.exec("<a><b>")[0]); // expect: <a><b>
console.log(/a{2,4}?/.exec("aaaa")[0]); // expect: aa
console.log(/(a+?)(a*)/.exec("aaaa").slice(1).join(",")); // expect: a,aaa
console.log(/x(?:ab)*?y/.exec("xababy")[0]); // expect: xababy
