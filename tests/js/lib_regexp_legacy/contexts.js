/b+/.exec("aabbbcc"); print(RegExp.leftContext, RegExp.rightContext, RegExp["$`"], RegExp["$'"], RegExp["$&"]);
/^/.exec("xyz"); print(JSON.stringify(RegExp.leftContext), RegExp.rightContext, JSON.stringify(RegExp.lastMatch));
/$/.exec("xyz"); print(RegExp.leftContext, JSON.stringify(RegExp.rightContext));
/\u{1F600}/u.exec("a\u{1F600}b"); print(RegExp.leftContext, RegExp.rightContext, RegExp.lastMatch.length);
/é/i.exec("CAFÉ!"); print(RegExp.leftContext, RegExp.lastMatch, RegExp.rightContext);

// expect: aa cc aa cc bbb
// expect: "" xyz ""
// expect: xyz ""
// expect: a b 2
// expect: CAF É !
