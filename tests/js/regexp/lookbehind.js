console.log(/(?<=\$)\d+/.exec("cost $42")[0]); // expect: 42
console.log(/(?<!\$)\b\d+/.exec("cost $42 or 17")[0]); // expect: 17
console.log(/(?<=(\d+)(\d+))$/.exec("1053").slice(1).join(",")); // expect: 1,053
console.log(/(?<=\1(a))b/.exec("aab") !== null); // expect: true
console.log("abcdef".replace(/(?<=c)/, "|")); // expect: abc|def
console.log(/(?<=a|bc)d/.exec("bcd")[0]); // expect: d
console.log(/(?<![a-z])\d/.exec("a1 2")[0]); // expect: 2
console.log(/(?<=^|,)\w+/g[Symbol.match]("x,yy,zzz").join(" ")); // expect: x yy zzz
