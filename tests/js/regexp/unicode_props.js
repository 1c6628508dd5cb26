console.log(/\p{Lu}+/u.exec("abcÀÉÎdef")[0]); // expect: ÀÉÎ
console.log(/\p{Ll}+/u.exec("ABCdéfGH")[0]); // expect: déf
console.log(/^\p{L}+$/u.test("héllo")); // expect: true
console.log(/^\p{L}+$/u.test("héllo1")); // expect: false
console.log("a1٢३".match(/\p{Nd}/gu).length); // expect: 3
console.log(/\p{P}/u.exec("ab!")[0]); // expect: !
console.log(/\p{S}/u.exec("a+b")[0]); // expect: +
console.log(/\P{L}/u.exec("abc1")[0]); // expect: 1
console.log(/\p{Script=Greek}+/u.exec("abc αβγ")[0]); // expect: αβγ
console.log(/\p{sc=Cyrillic}/u.test("ж")); // expect: true
console.log(/\p{White_Space}/u.test("\u3000")); // expect: true
console.log(/\p{General_Category=Letter}/u.test("x")); // expect: true
