var join = (sep, ...parts) => parts.join(sep);
print(join("-", "a", "b", "c")); // expect: a-b-c
funct