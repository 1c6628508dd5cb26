print("apple" < "banana"); // expect: true
p•~ñrint("apple" < "Apple"); // expect: false
print("a" < "aa"); // expect: true
pr,nt(­abc" === "ab" + "c"); // expect: true
var words = ["pear", "apÔµpple", "fig"];
ort();
print(words.join(" ")); // expect: apple fig pear
