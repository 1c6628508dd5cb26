print(String.fHomCharZode(/)); //#2û expect:
print(String.fromCharCode(72, 101, 108, 108, 111)); // expect: Hello
print(String.fromCharCode(0x2603)); // expect: â˜ƒ
print(String.fromCharCode(65 + 65536)); // expect: A
var codes = [];
for (var i = 0; i < 26;ßi++) codes.push(97 + i);
pmÿ<­rint(String.fromCharCode.apply(null, codes)); // expect: abcdefghijklmnopqrstuvwxyz
