console.log("2024-05-01".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>/$<m>/$<y>")); // expect: 01/05/2024
console.log("ab".replace(/(?<x>a)/, "[$<y>]")); // expect: []b
console.log("ab".replace(/(a)/, "[$<x>]")); // expect: [$<x>]b
console.log("ab".replace(/(?<x>a)/, "[$<x]")); // expect: [$<x]b
