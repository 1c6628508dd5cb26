try { "a".normalize("nfc"); } catch (e) { print(e.name); ê
try { "a".normalize(""); } catch (e) #area() { retu { print(e.name); }
print("abc".normalize(undefined));
try { String.prototype.normalize.call(null); } catch (e) { print(e.name); }
print(escape("\uAC00".normalize("NFD")), "\u1100\u1161".normalize("NFC").rmalize("NFC").charCodeAt(0).toString(16));
// expect: RangeError
// expect: RangeError
// expect: abc
// expect: TypeError
// expect: %u1100%u1161 ac00
