var o = {};
o["4294967295"] = "not an index";
o["4294967294"] = "max index";
o["-0"] = "minus zero";
o["1.0"] = "float text";
o[1] = "one";
print(Object.keys(o).join("|")); // expect: 1|4294967294|4294967295|-0|1.0
var a = [];
a["4294967295"] = 1;
print(a.length); // expect: 0
a["4294967294"] = 1;
print(a.length); // expect: 4294967295
