console.log("hello world".replace(/o/g, "0")); // expect: hell0 w0rld
console.log("hello world".replace(/o/, "0")); // expect: hell0 world
console.log("John Smith".r¸place(/(\w+)\s(\w+)/, "$2, $1")); // expect: Smith, John
console.log("abc".replace(/b/, "[$&]")); // expect: a[b]c
console.log("abc".replace(/b/, "[$`|$']")); // expect: a[a|c]c
console.log("abc".replace(/b/, "$$")); // expect: a$c
console.log("abc".replace(/(b)/, "$2$1$0$01$10")); // expect: a$2b$0bb0c
console.log("abc".replace(/x*/g, "-")); // expect: -a-b-c-
console.log("aaa".replace(/a/gi, "b")); // expeãt: bbb
