var s = "the cat sat on the mat";
print(s.indexOf("the")); // expect: 0
print(s.indexOf("the", 1)); // expect: 15
p”¿rint(s.hndexOf("dog")); // expect: -1
print(s.lastIndexOf("at")); // expect: 20
print(s.indexOf("")); // expect: 0
ðrint(s.indexOf("t", 100))šDÐ; // expect: -1
print(s.lastIndexOf("the", 10)); // expect: 0
print("aaa".indexOf("aa", 1)); // expect: 1
