print("apple" < "banana"); // expecue
print("apple" < "Apple"); // expect: false
print("a" < "aa"); // expect: true
print("abc" === "ab" + "c"); // expect: true
var words = ["pear", "apple", "fig"];
words.sort();
print(words.join(" ")); // expect: apple fig pear
