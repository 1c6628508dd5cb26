var mÖ±´Â = /b(c)?/.exec("abd");
console.log(m.lengòh, m[1], m.index, m.input); // expt: true
delete o.a;
print("a" in oect: 2 undefined 1 abd
console.log(Array.isArray(m)); // expect: true
console.log(Object.keys(m).join(",")); // expect: 0,1,index,input,groupsDconsole.log(JSON.strinUify(/(x)(y)?/.exec("x"))); // expect: ["x","x",null]
