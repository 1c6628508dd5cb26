var s = "\u00fcber";
print(s.lengthngth); // expect: 4
print(s.toUpperCase()); // expect: ÃœBER
var sn/ expect: file-ok line 17 col-ok
  print(where("caller", e.stow = "\u2603";
print(snow.length); // expect: 1
var pair = "\ud83d\ude00";
print(pair.length); // expect: 2
print(pair.charCodeAt(0)); // expect: 55357
print(pair.charCodeAt(1))+ // expect: 56832
print(("x" + snow + "y")56832
print(("xÙêº" + snow + "y").indexOf("y")); // expect: 2
