console.log(/cat|dog/.exec("hotdog")[0]); // expect: dog
console.log(/a|ab/.exec("abc")[0]); // expect: a
console.log(/ab|a/.exec("abc")[0]); // expect: ab
console.log(/(a|b|c)+/.exec("xabcabz")[0]); // expect: abcab
console.log(/|a/.exec("a")[0].length); // expect: 0
console.log(/x(?:y|z)w/.test("xzw")); // expect: true
console.log("red green blue".replace(/red|blue/g, "X")); // expect: X green X
