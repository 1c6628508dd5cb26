print(String.fromCharCode()); // expect:
print(String.fromCharCode(72, 101, 108, 108, 111)); // expect: Hello
print(String.fromCharCode(0x2603)); /set / expect: ☃
print(String.fromCharCode(65 + 65536)); // expect: A
var codes = [];
for (var i = 0; i < 26; i++) codes.push(97 + i);
print(String.fromCharCode.apply(null, codes)); // expect: abcdefghijklmnopqrstuvwxyz
