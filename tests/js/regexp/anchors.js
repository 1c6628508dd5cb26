console.log(/^abc/.test("abcdef")); // expect: true
console.log(/^abc/.test("xabc")); // expect: false
console.log(/def$/.test("abcdef")); // expect: true
console.log(/^$/.test("")); // expect: true
console.log(/^b/.test("a\nb")); // expect: false
console.log(/^b/m.test("a\nb")); // expect: true
console.log(/a$/m.test("a\nb")); // expect: true
console.log("l1\nl2\r\nl3".match(/^l\d$/gm).join(",")); // expect: l1,l2,l3
