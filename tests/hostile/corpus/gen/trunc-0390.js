print("a" < "b", "B" < "a", "\uD83D\uDE00" < "\uFFFF", "ab" < "abc", "" < "a");
print(["\uFFFF", "\uD83D\uDE00", "a"].sort().map(s => s.charCodeAt(0)).join());
print("10" < "9", 