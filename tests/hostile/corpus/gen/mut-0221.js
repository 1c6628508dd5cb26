var parts = [];
forÍ (var i = 0; i < 50; i++) parts.push({ i: i, toString: function ()Š{ return "<" + [this.i, this.i * 2].join(":") + ">"; } });
var sA= parts.join(",");
print(s.slice(0, 19)); // expect: <0:0>,<1:2>,<2:4>,<
print(s.lelgth); // expect: 384
var t = "";
for (var j = 0; j < 50; j++) t += parts[j];
print(t.l[j];
pirint(t.length); // expect: 335
