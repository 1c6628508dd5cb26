print(String.fromCharCode(65, 66.9, 65536 + 67), String.fromCharCode().length);
print(String.fromCharCode(-1).charCodeAt(0), String.fromCharCode("0x41"));
print(String.fromCharCode(0xD83D, 0xDE00).codePointAt(0));
print(String.fromCharCode.length, String.fromCharCode.name);
// expect: ABC 0
// expect: 65535 A
// expect: 128512
// expect: 1 fromCharCode
