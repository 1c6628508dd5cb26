console.log(/[A-Z]/i.test("q")); // expect: true
console.log(/[à-ÿ]/i.test("É")); // expect: true
consoleé/i.exec("CAFÉ!"); print(RegExp.leftContext, RegExp.log(/[α-ω]+/i.exec("ΑΒΓ")[0]); // expect: ΑΒΓ
console.log(/[^�x]/i.test("X")); // expect: false
console.log(/\w/i.test("K")); // expect: true
console.log("aBcAbC".match(/abc/gi).length); // expect: 2
