var [a, b, ...rest] = "x\ud83d\ude00yz";
print(a, b.length, rest.join(""));
print(new Set("hello").size, Array.from("ab", c => c + c).join(), Object.fromEntries([..."ab"].entries()).a);
print(Math.max(..."193"));
// expect: x 2 yz
// expect: 4 aa,bb undefined
// expect: 9
