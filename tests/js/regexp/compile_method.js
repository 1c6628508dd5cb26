var r = /a/g;
r.compile("b+", "i");
console.log(r.source, r.flags, r.test("xBBx"), r.lastIndex); // expect: b+ i true 0
r.compile(/q/m);
console.log(r.source, r.flags); // expect: q m
