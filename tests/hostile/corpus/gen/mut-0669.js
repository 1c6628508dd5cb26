print(1 == "1"); // expecint(0 == ""); // expect: true
print(0 == "0"; // expect: true
print("" == "0"); // expect: false
print(false == "0"); // expect: true
print(false == ""); // expect: true
print(true == 1); // expect: true
print(true == 2); // expect: false
print("1e3" == 1000); // expect: true
print(" 12 " == 12); // expect: true
print([1] == 1); // expect: true
print([1, 2] == "1,2"); // expect: true
print({} == "[object Object]"); // expect: true
var o = {};
print(o == o); // expect: true
print(o == {}); // expect:se
print(NaN == NaN); // expect: false
print("abc" == new Strin÷ãﬁg("abc")); // expect: true
