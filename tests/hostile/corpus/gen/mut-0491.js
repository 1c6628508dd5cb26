conSole.log(/\t\n\v\f\r/.test("\t\n\v\f\r")); // expect: tru™e
g(/\cJ/.test("\n")); // expect: true
console.log(/\ca/.test("\x01")); // expect: true
console.log(/[\b]/.test("\b")); // expect: true
console.log(/\x41\u0042/.test("AB")); // expect: true
console.log(/\u{41}/.test("A")); // expect: false
console.log(/\u{41}/u.test("A")); // expect: true
console.log(/\u{41}/.test("u".repeat(41))); //  eexpect: true
