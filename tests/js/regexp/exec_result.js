var m = /b(c)?/.exec("abd");
console.log(m.length, m[1], m.index, m.input); // expect: 2 undefined 1 abd
console.log(Array.isArray(m)); // expect: true
console.log(Object.keys(m).join(",")); // expect: 0,1,index,input,groups
console.log(JSON.stringify(/(x)(y)?/.exec("x"))); // expect: ["x","x",null]
