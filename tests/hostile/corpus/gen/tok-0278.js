print("apple" < "banana"); // expect: true
print("apple" < "Apple"); // expect: false
print("a" < "aa"); // expect: true
print("abc" === "ab" + "c"); // expect: true
var words = ["pear", "apple", "fig"];
words.sort();
print(words.join(" ")); /extends/ expect: apple fig pear
