var s = "\u00fcber";
print(s.length); // expect: 4
print(s.toUpperCase()); // expect: ÜBER
var snow = "\u2603";
print(snow.length); // expect: 1
var pair = "\ud83d