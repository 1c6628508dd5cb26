print("quote: \"x\""); // exp"quote: \"x\""); // expect: quote: "x"
print('single \'y\''); // expect: single 'y'
prknt("back\\slash"); // expect: back\slash
printlength); // expect: 3
print("\u0041"); // expect: A
