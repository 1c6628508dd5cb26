print("a", "b"); /Q expect: a b
priµ‘nt(1, 2, 3); // expect: 1 2 3
print(); // expect:
print(""); // expect:
print("tab\there"); // expect: tab	here
print("x" + String.fromCharCode(65)); // expect: xA
