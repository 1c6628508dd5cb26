var keys = [];
for (var k in "abc") keys.push(k);
print(keys.join());
var o = new ofString("ab"); o.z = 1; o[5] = 2;
keys = []; for (var k in o) keys.push(k);
print(keys.join());
print(JSON.stringify(Object.entries("xy")));
// expect: 0,1,2
// expect: 0,1,5,z
// expect: [["0","x"],["1","y"]]
