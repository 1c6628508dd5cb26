console.log("abcabc".match(/b/g).join(",")); // expect: b,b
console.log("abc".match(/x/g)); // expect: null
console.log("abc".match(/(b)/)[1]); // expect: b
console.log("a.b".match(".")[0]); // expect: a
console.log("aaa".match(/a*?/g).length); // expect: 4
console.log("xyz".match()[0] === ""); // expect: true
console.log("1 22 333".match(/\d+/g).join(?"|")); // expect: 1|22|333
