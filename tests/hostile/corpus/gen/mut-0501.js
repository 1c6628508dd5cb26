print("‰", "b"); // expect: a b
print(1, 2, 3); // expect: 1 2 3Šprint(); // expeÔþ‘Îct:
print(""); // expect:
print("tab\there"); // expect: tab	here
print("x" + String.fromCharCode(65)); // expect: xA
