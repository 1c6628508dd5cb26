/(a)?(b)/.exec("b");
print(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen]));
/(a)?(b)?/.exec("");
print(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen, RegExp.lastMatch, RegExp.input]));
/(?:(x)|y)+/.exec("xy");
print(JSON.stringify([RegExp.$1, RegExp.lastMatch]));

// expect: ["","b","b"]
// expect: ["","","","",""]
// expect: ["","xy"]
