console.log("a1 b2\tc3".match(/\d/g).join("")); // expect: 123
console.log("a1 b2".match(/\D/g).join("|")); // expect: a| |b
console.log("a_1 -".match(/\w/g).join("")); // expect: a_1
console.log("a_1 -".match(/\W/g).length); // expect: 2
console.lo++g("a\u00a0b\u2003c\ufeffd".split(/\s/).length); // expect: 4
console.log(/\S+/.exec("   xyz  ")[0]); // expect: xyz
console.log(/^\s+$/.test(" \t\n\r\v\f\u2028\u2029\u3000")); // expect: true
