console.log("a1b2".replace(/\d/g, d => d * 2)); // expect: a2b4
console.log("x".replace(/x/, (m, i, s) => `[${m}${i}${s}]`)); // expect: [x0x]
console.log("ab".replace(/(a)(z)?/, (m, p1, p2, off) => [m, p1, p2, off].join("|"))); // expect: a|a||0b
console.log("2020-01".replace(/(?<y>\d+)-(?<m>\d+)