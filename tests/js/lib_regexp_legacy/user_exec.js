function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
/(k)/.exec("okay");
// a user exec does not run the built-in matcher: nothing is recorded
const re = /(z)/;
re.exec = () => ({ index: 0, 0: "zz", length: 1 });
re.test("zz");
"zz".replace(re, "y");
show("user exec");
// RegExp.prototype.exec called directly is the built-in one
RegExp.prototype.exec.call(/(q)/, "aqa");
show("built-in exec");

// expect: user exec ["okay","k","k","o","ay","k","",""]
// expect: built-in exec ["aqa","q","q","a","a","q","",""]
