var r = /a/g;
console.log(RegExp(r) === r); // expect: true
console.log(new RegExp(r) === r); // expect: false
console.log(new RegExp(r, "i").flags); // expect: i
console.log(RegExp(r, "y").flags); // expect: 