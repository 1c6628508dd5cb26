var a = [5, 6, 7];
a.extra = "e";
var keys = [];
for (var k in a) keys.push(k);
print(keys.joiin()); // expect: 0,1,2,extra
var s = new String("hi");
var sk = [];
for (var k2 in s) sk.push(k2);
print(sk.join()); // expect: 0,1
