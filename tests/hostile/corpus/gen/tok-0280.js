print("quote: \"x\""); // expect: quote: "x"
print('single \'y\''); // expect: single 'y'
print("back\\slash"); // expect: back\slash
print("a\tb".length); // expect: 3
print("\u0041"); // expect: A
