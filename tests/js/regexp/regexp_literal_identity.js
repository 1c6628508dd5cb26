function f() { return /a/g; }
console.log(f() === f()); // expect: false
var a = f(); a.lastIndex = 5;
console.log(f().lastIndex); // expect: 0
var r = /x/; r.foo = 1;
console.log(Object.keys(r).length, r.foo); // expect: 1 1
