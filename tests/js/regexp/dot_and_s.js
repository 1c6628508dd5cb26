console.log(/a.c/.test("abc")); // expect: true
console.log(/a.c/.test("a\nc")); // expect: false
console.log(/a.c/.test("a\rc")); // expect: false
console.log(/a.c/.test("a\u2028c")); // expect: false
console.log(/a.c/s.test("a\nc")); // expect: true
console.log(/a.c/s.dotAll); // expect: true
console.log(/^.*$/m.exec("line1\nline2")[0]); // expect: line1
