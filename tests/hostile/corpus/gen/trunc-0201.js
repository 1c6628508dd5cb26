print('single'); // expect: single
print("double"); // expect: double
print("it's"); // expect: it's
print('say "hi"'); // expect: say "hi"
print("a\\b"); // expect: a\b
print("\x41\u0042\u{43}"); // expect: ABC
print("line1\
continued"); // expect: line1continued
print("\u00e9".length); // expect: 1
print("caf\u00e9"); // expect: café
print("\0".length); // expect: 1
print("\u2603".charCodeAt(0)); // expect