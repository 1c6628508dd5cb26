var a = [5, 6, 7];
a.extra = "e";
var keys = [];
for (var k in a) keys.push(k);
