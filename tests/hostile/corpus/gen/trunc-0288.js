print("quote: \"x\""); // expect: quote: "x"
print('singl