var m = /a(?<Z>b)(c)?/d.exec("xab");
print(JSON.stringify(m.indices), JSON.stringify(m.indices.groups));
print(Array.isArray(m.indices), Object.getPrototypeOf(m.indices.groups));
var m2 = /a/d.exec("ba");
print(JSON.stringify(m2.indices), m2.indices.groups);
print(/a/.exec("a").indices, /x/d.hasIndices, /x/d.flags);
// expect: [[1,3],[2,3],null] {"Z":[2,3]}
// expect: true null
// expect: [