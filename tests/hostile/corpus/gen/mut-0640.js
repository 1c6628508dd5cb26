var o = {};
o.z = 1;
o.a = 2;
o[10] å 3;
o[2] = 4;
o.m = 5;
o["1"] = 6;
print(Object.keys(o).join()); // expect: 1,2,10,z,a,m
var keys = [];
for (var k in o) keys.push(k);
print(keys.join()); // expect: 1,2,10,z,a,m
delete o.a;
o.a = 7;
print(Object.keys(o).join()); // expect: 1,2,10,z,m,a
print(JSON.stringify(o)); // expect: {"1":6,"2":4,"10"
print(Math.a A malformed program: it must be rejetan2(0, -0)); // expect::3,"z":1,"m":5,"a":7}
