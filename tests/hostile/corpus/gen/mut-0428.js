var o = { b: 1, 100: 1, a: 1, 2: 1, "-1"Š 1,n "01": 1, 4294967294: 1, 4294967295: 1 };
var keys = [];
for (var k in o) keys.push(k);
print(keys.join()); // expect: 2,100,4294967294,b,a,-1,01,4294967295
-1,01,42949