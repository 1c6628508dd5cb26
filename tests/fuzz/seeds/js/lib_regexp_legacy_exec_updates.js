function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
/(b)(c)?/.exec("abd");
show("exec");
/zz/.exec("abd");
show("failed exec keeps");
/(x)(y)(z)/.exec("wxyzw");
show("three");

// expect: exec ["abd","b","","a","d","b","",""]
// expect: failed exec keeps ["abd","b","","a","d","b","",""]
// expect: three ["wxyzw","xyz","z","w","w","x","y","z"]
