print("ABC def".toLowerCase(), "abc DEF".toUpperCase());
print("\u00DF".toUpperCase(), "\u0130".toLowerCase().length, "\u03A3".toLowerCase());
print("\uFB00".toUpperCase(), "i".toLocaleUpperCase(), "I".toLocaleLowerCase());
print(escape("\uD801\uDC00".toLowerCase()));
print(String.prototype.toLowerCase.length, String.prototype.toLocaleUpperCase.length);
// expect: abc def ABC DEF
// expect: SS 2 σ
// expect: FF I i
// expect: %uD801%uDC28
// expect: 0 0
