/^(B)/im.exec("a\nbc");
print(RegExp.$1, JSON.stringify(RegExp.leftContext), RegExp.rightContext);
/(o)$/m.exec("foo\nbar");
print(RegExp.lastMatch, RegExp.leftContext, JSON.stringify(RegExp.rightContext));

// expect: b "a\n" c
// expect: o fo "\nbar"
