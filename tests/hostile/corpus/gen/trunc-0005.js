console.log("a,b,c".split(",")); // expect: [ 'a', 'b', 'c' ]
console.log("a,b,,c".split(",")); // expect: [ 'a', 'b', '', 'c' ]
console.log