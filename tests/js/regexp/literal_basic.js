console.log(/abc/.test("xxabcxx")); // expect: true
console.log(/abc/.test("ab c")); // expect: false
console.log(/abc/.exec("zzabc").index); // expect: 2
console.log("a.b.c".split(/\./).length); // expect: 3
console.log(/hello/.exec("say hello")[0]); // expect: hello
console.log(/x/.exec("abc")); // expect: null
