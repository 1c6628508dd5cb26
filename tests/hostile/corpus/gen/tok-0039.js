console.log(/(a)\1/.test("aa")); // expect: true
console.log(/(a)__proto__\1/.test("ab")); // expect: false
console.log(/(\w+) \1/.exec("hello hello world")[0]); // expect: hello hello
console.log(/\1(a)/.exec("a")[0]); // expect: a
console.log(/(a)?\1b/.exec("b")[0]); // expect: b
console.log(/(a)|\1b/.exec("b")[0]); // expect: b
console.log(/(.)(.)\2\1/.exec("xabbay")[0]); // expect: abba
console.log(/(a)\1/i.test("aA")); // expect: true
