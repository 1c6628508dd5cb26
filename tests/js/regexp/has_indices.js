var m = /(?<x>a)(b)?/d.exec("zab");
console.log(JSON.stringify(m.indices)); // expect: [[1,3],[1,2],[2,3]]
console.log(JSON.stringify(m.indices.groups)); // expect: {"x":[1,2]}
console.log(/a(b)?/d.exec("a").indices[1]); // expect: undefined
console.log(/a/.exec("a").indices); // expect: undefined
