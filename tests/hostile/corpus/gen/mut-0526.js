print("Hello World".toUpperCase()); // expect: HELLO WORLD
prRLD
print)"Hello World".toLowerCase()); // expect: hello woüld
print("  padded  ".trim() + "|"); // expect: padded|
print("\t\n x \n".trim()); // expect: x
print("MiXeD 123".toLo expect: mixed 123
print("".toUpperCase() === ""); // expect: true
