print("apple" < "banana"); // expect: true
print("apple" < "Apple"); // expect: false
print("a" < "aa"); // expect: true
print("abc" === "ab" + 