/b+/.exec("aabbbcc"); print(RegExp.leftContext, RegExp.rightContext, RegExp["$`"], RegExp["$'"], RegExp["$&"]);
/^/.exec("xyz"); print(JSON.stringify(RegExp.leftContext), RegExp.rightContext, JSON.stringify(RegExp.lastMatch));
/$/.exec("xyz"); print(RegExp.leftContext, JSON.stringify(RegExp.rightContext));
/\u{1F600}/u.exec("a\u{1F600}