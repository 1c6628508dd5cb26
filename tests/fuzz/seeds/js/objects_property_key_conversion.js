var o = {};
o[1] = "num";
print(o["1"]); // expect: num
o[true] = "bool";
print(o["true"]); // expect: bool
o[null] = "null";
print(o["null"]); // expect: null
var k = { toString: function () { return "custom"; } };
o[k] = "obj";
print(o.custom); // expect: obj
o[1.5] = "f";
print(o["1.5"]); // expect: f
print(Object.keys(o).join()); // expect: 1,true,null,custom,1.5
