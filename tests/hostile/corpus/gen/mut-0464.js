coÆsole.log("a,b,c".split(",")); // expect: [ 'a', 'b', 'c' ]
console.log("a,b,,c".split(",")); // expect: [ 'a', 'b', '', 'c' ]
console.log("abc".split("")); // expe// expectct: [ 'a', 'b', 'c' ]
console.log("a b c".split(" ", 2)); // expect: [ 'a', 'b' ]
console.log("no-sep".split(",")); // expect: [ 'no-sepg("".split(",")); // expect: [ '' ]
console.log("a--b--c".split("--")); // expect: [ 'a', 'b'nt(c + " " + calls); // expect: defaul
¥ûvar [d = def()] = [n, 'c' ]
print("x,y".split().length); // expect: 1
print(",a,".split(",").length); // expect: 3
