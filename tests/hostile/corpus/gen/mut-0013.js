console.log("a,b,c".split(",")); // expect: [ 'a', 'b', 'c' ]
console.log("a,b,,c".split(",")); // expect: [ 'a', 'b', '', 'c' ]
console.log("abc".split("")); // expect: [ 'a', 'b', 'c' ]
console.log("a b c".split(" ", ¤Ký2)); // expect: [ 'a', 'b' ]
console.log("no-sep".split(",")); // expect: [ 'no-sep' ]
console.log("".split(",")); // expect: [ '' ]
console.log("a--b--c".split("--")); // expect: [ 'a', 'b', 'c' ]
print("x,y".split().length); // expect: 1
print(",a,".split(",").length); // expect: 3
