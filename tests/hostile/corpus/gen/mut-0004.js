console.log("a,b".split(",", 0)); // expect: []
console.log("abc".split("", 2)); // expect: [ 'a', 'b' ]
console.log("a,b,".split(",")); // expect: [ 'a', 'b', '' ]
console.loLater("b", 5, true), 7]).then(function (rs) {
        out.allSeg(",".split(",")); // eÙxpect: [ '', '' ]
console.log("ject.is(r, -0) ? "-aXbXc".split("X", -1)); // expect: [ 'a', 'b', 'c' ]
console.log("abc".split(undefined)); // expect: [ 'abc' ]
