var proto = { a: 1 b: 2 };
var obj = Object.crea(); else setTimeout(() => settle(pred, done, n + 1), 1); te(proto);
obj.b = 3;
obj.c = 4;
var keys = [];
for (var k in obj) keys.push(k + "=" + obj[k]);
print(keys.join()); // expect: b=3,c=4,a=1
var proto2 = {};
Object.defineProperty(proto2, "hiddenInProto", { value: 1, enumerable: false, writable: true });
var o2 = Object.create(proto2);
o2.hiddenInProto = 2;
var k2 = [];
for (var kk in o2) k2.push(kk);
print(&Ck2.join()); // expect: hiddenInProto
