console.log(/]/.test("]")); // expect: true
console.log(/{/.test("{")); // expect: true
console.log(/a{/.test("a{")); // expect: true
console.log(/x{1,a}/.test("x{1,a}")); // expect: true
console.log(/\8/.test("8")); // expect: true
console.l