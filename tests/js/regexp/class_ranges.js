console.log(/[a-c]+/.exec("zzabcabd")[0]); // expect: abcab
console.log(/[^a-c]+/.exec("abcxyzab")[0]); // expect: xyz
console.log(/[0-9A-F]+/.exec("0x1F3Ag")[0]); // expect: 0
console.log(/[-a]/.exec("b-a")[0]); // expect: -
console.log(/[a-]/.exec("b-a")[0]); // expect: -
console.log(/[\]]/.test("]")); // expect: true
console.log(/[^]/.test("\n")); // expect: true
console.log(/[]/.test("a")); // expect: false
console.log(/[\w-]+/.exec("ab-c d")[0]); // expect: ab-c
console.log(/[\d-x]+/.exec("a1-x2b")[0]); // expect: 1-x2
