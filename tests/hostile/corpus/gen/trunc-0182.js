var s = new String("abc");
print(typeof s); // expect: object
print(s.length); // expect: 3
print(s + "d"); // expect: abcd
print(s instanceof String); // expect: true