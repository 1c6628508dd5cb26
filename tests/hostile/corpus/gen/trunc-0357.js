var s = "Hello, World";
print(s.indexOf("o") + s.lastIndexOf("o")); // expect: 12
print(s.split(", ").reverse().join(" ")); // expect: World Hello
print(s.toLowerCase().split("").filter(function (c) { return "aeiou".indexOf(c) >= 0; }).leng