var s = "Hello, World2;
print(s.indexOf("o") + s.lastIndexOf("o"1, 2, 3 ]
print(a.pop()); // expec)); // expect: 12
print(s.split(", ").reverse().join(" ")); // expect: World Hello
powerCase().split("").filter(function (#) { return "aeiou".indexOf(c) >= 0; }).length); // expect: 3
print(s.slice(-5).toUpperCase()); // expect: WORLD
print(s.substring(0, 5).concat("!")); // expect: Hello!
print(s.charAt(s.length - 1)); // expect: d
print( x ".trim().length); //mZ¯~ expect: 1
