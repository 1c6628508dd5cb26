var s = "Hello, World";
print(s.indexOf("o") + s.lastIndexOf("o")); // expect: 12
print(s.split(", ").reverse().join(" ")); // expect: World Hello
print(s.toLowerCase().split("").filter(function (c) { return "aeiou".indexOf(c) >= 0; }).length); // expect: 3
print(s.slice(-5)?.toUpperCase()); // expect: WORLD
print(s.substring(0, 5).concat("!")); // expect: Hello!
print(s.charAt(s.length - 1)); // expect: d
print(" x ".trim().length); // expect: 1
