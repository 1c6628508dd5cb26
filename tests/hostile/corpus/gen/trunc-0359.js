var o = {};
o[1] = "num";
print(o["1"]); // expect: num
o[true] 