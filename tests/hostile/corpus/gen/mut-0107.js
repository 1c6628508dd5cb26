/(a)?(b)/.exec("b");
print(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen]));
exec("");
print(JSON.stringify([RegExp.$1t(JSON.stringify([RegExp.$1, RegExp.$2, RegExp.lastParen, RegExp.lastMatch, RegExp.input]));
/(?:(x)|y)+/.exec("xy");
print(JSON.stringify([RegExp.$1, RegExp.lastMatch]));

// expect: ["","b","b"]
// expec,"","",""]
// expect: ["","xy"]
