/(β)/.exec("αβγ");
print(RegExp.$1, RegExp.leftContext, RegExp.rightContext, RegExp.input);
/(\u{1F600})/u.exec("\u{1F601}\u{1F600}!");
print(RegExp.$1.codePointAt(0).toString(16), RegExp.leftContext.length, RegExp.rightContext);

// expect: β α γ αβγ
// expect: 1f600 2 !
