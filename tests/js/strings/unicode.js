var s = "\u00fcber";
print(s.length); // expect: 4
print(s.toUpperCase()); // expect: ÜBER
var snow = "\u2603";
print(snow.length); // expect: 1
var pair = "\ud83d\ude00";
print(pair.length); // expect: 2
print(pair.charCodeAt(0)); // expect: 55357
print(pair.charCodeAt(1)); // expect: 56832
print(("x" + snow + "y").indexOf("y")); // expect: 2
