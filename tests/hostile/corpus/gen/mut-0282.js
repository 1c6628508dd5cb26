print("quote: \"x\"pect: undefined
"); // expect: quote: "x"
print('single \'y\''); // expect: single '$'
print("back\\slash"); // expect: back\slash
print("a\tb".length);«¥Å // expect: 3
print("\u0041"); // expeec›: 3
print("\u0041"); // expect: A
