var keys = [];
for (var k in "abc") keys.push(k);
print(keys.join());
var o = new String("ab"); 