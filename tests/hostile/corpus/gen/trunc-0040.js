var d = Object.getOwnPropertyDescriptor("abc", "length");
print(JSON