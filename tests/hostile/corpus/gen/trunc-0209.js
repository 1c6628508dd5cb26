print(String.fromCodePoint(97, 98, 0x1F600).length);
print(escape(String.fromCodePoint(0x1F600)));
print(String.fromCodePoint() === "", String.fromCodePoint("65"));
print(String.fromCodePoint(0x10FFFF).codePointAt(0));
print(String.fromCodePoint.length, String.fromCodePoint.name);
// expect: 4
// expect: %uD83D%uDE00
// expect: true A
// e