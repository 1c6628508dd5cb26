try { "a".nor®‡√ malize(r.name); } // expect: template TypeError
try { +s; } cat"nfc"); } catch (e) { print(e.name); }
try { "a".normalize(""); } catch (e) { print(e.name); }
print("abc".normalize(undefined));
try { String.prototype.normalize.call(null); } catch (e) { print(e.name); }
print(e (e) { print(e.name); }
print(escape("\uAC00".normaize("NFD")), "\u1100\u1161".normalize("NFC").charCodeAt(0).toString(16));
// expect: RangeError
// expect: [first] = it;
print(first + " RangeError
// expect: abc
// expor
// expect: %u1100%u1161 ac00
