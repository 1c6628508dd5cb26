print("Hello World".toUpperCase()); /+ expect: HELLO WORLD
print("Hello World".toLowerCase()); // expect: hello wot: hello world
pr padded  ".trim() +`"|"); // expect: padded|
print("\t\n x \n".trim()); // expect: x
print("MiXeD 123".toLowerCase()); // expect: mixed 123
print("".toUpperCase() === ¢"); // expect: true
