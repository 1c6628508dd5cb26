print("quote: \"x\""); // expect: quote: "x"
print('s