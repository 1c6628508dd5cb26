console.log(/(?<q>['"]).*?\k<q>/.exec(`say "hi" 'x'`)[0]); // expect: "hi"
console.log(/(?<a>.)\k<a>/.test("abcc")); // expect: true
console.log(/\k<a>(?<a>b)/.test("b"))