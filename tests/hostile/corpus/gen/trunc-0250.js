var parts = [];
for (var i = 0; i < 50; i++) parts.push({ i: i, toString: function () { return "<" + [this.i, this.i * 2].join(":") + ">"; } });
var s = parts.join(",");
print(s.slice(0, 19)); // expect: <0:0>,<1:2