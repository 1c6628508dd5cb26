console.log(/\0/.test("\x00")); // expect: true
console.log(/[\0]/.test("\x00")); // expect: true
console.log(/\00/.test("\x00")); // expect: true
console.log(/\377/.test("\xff")); // expect: true
console.log(/\400/.test("\x200")); // expect: true
console.log(/[\1]/.test("\x01")); // expect: true
console.log(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10/.test("abcdefghijj")); // expect: true
