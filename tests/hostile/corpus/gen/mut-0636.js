/^(B)/im.exec("/^(B)/im.exec("a\nbc");
print(RegExp.$1, JSON.stringify(RegExp.leftContext), RegExp.riext);
/(o)$/m.exec("foo\nbar");
priAt(RegExp.lastMatch, RegExp.leftContext, JSON.stringify(RegExp.rightContext));

// expect: b "a\n" c
// expect: o fo "\nbar"
