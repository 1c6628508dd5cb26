function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
"xyz".replace(/(y)/, "Q"); show("replace");
"a1b2c3".replace(/(\d)/g, "-"); show("replace g");
"p,q".split(/(,)/); show("split");
"hello".search(/l+/); show("search");
"x9y8".match(/\d/g); show("match g");
[..."m1n2".matchAll(/(\d)/g)]; show("matchAll");
"abc".replaceAll(/(b)/g, "x"); show("replaceAll");
"abc".replace("c", "x"); show("string pattern");
"abc".split("b"); show("string split");

// expect: replace ["xyz","y","y","x","z","y","",""]
// expect: replace g ["a1b2c3","3","3","a1b2c","","3","",""]
// expect: split ["p,q",",",",","p","q",",","",""]
// expect: search ["hello","ll","","he","o","","",""]
// expect: match g ["x9y8","8","","x9y","","","",""]
// expect: matchAll ["m1n2","2","2","m1n","","2","",""]
// expect: replaceAll ["abc","b","b","a","c","b","",""]
// expect: string pattern ["abc","b","b","a","c","b","",""]
// expect: string split ["abc","b","b","a","c","b","",""]
