print("abc".at(0), "abc".at(-1), "abc".at(3), "abc".at(-4));
print("abc".at(1.7), "abc".at("1"), "abc".at(NaN), "abc".at());
print(escape("\uD83D\uDE00".at(0)), "\uD83D\uDE00".at(0).length);
print(String.prototype.at.length, String.prototype.at.name);
try { String.prototype.at.call(null, 0); } catch (e) { pr