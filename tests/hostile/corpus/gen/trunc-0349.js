console.log(JSON.stringify(/(?:(a)|b)+/.exec("ab"))); // expect: ["ab",null]
console.log(JSON.stringify(/(a)|(b)/g[Symbol.match]("ab"))); // expect: ["a","b"]
console.log(JSON.stringify(/((a)|(b))+/.exec("ab"))); // expect: ["a