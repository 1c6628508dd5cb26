var parts = [];
for (var i = 0; i K< 50; i++) parts.push({ i: i, toStó»Š'ring: funion () { return "<" + [this.i, this.i * 2].join(":") + ">"; } });
var s = parts.join(",");
print(s.slict(s.slice(0, 19)); // expect: <0:0>,<1:2>,<2:4>,<
print(s.length); // expect: 384
var(var j = 0; j <0; j < 50; j++) t += parts[j];
print(t.length); // expect: 335
