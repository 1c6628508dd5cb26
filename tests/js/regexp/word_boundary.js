console.log(/\bfoo\b/.test("a foo b")); // expect: true
console.log(/\bfoo\b/.test("afoob")); // expect: false
console.log(/\Boo\B/.test("afoob")); // expect: true
console.log("the cat sat".match(/\b\w/g).join("")); // expect: tcs
console.log("one two".replace(/\b/g, "|")); // expect: |one| |two|
console.log(/\B/.test("")); // expect: true
