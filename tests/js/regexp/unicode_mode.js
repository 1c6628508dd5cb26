console.log(/^.$/u.test("😀")); // expect: true
console.log(/^.$/.test("😀")); // expect: false
console.log(/\u{1F600}/u.test("😀")); // expect: true
console.log(/[😀-😂]/u.test("😁")); // expect: true
console.log("😀x😀".match(/./gu).length); // expect: 3
console.log("😀".split(/(?:)/u).length); // expect: 1
console.log(/\ud83d/u.test("😀")); // expect: false
console.log(/\ud83d/.test("😀")); // expect: true
console.log("a😀b".replace(/(?:)/gu, "-")); // expect: -a-😀-b-
