function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
/(s)/.exec("ust");
RegExp.input = "set";
show("input set");
RegExp.$1 = "nope"; RegExp.lastMatch = "no"; RegExp["$'"] = "no";
show("others ignore");
RegExp["$_"] = 42;
print(RegExp.input, typeof RegExp.input, RegExp["$_"]);
RegExp.input = { toString() { return "obj"; } };
print(RegExp.input);
try { RegExp.input = Symbol(); } catch (e) { print(e.constructor.name); }
/(t)/.exec("at");
show("next match resets input");

// expect: input set ["set","s","s","u","t","s","",""]
// expect: others ignore ["set","s","s","u","t","s","",""]
// expect: 42 string 42
// expect: obj
// expect: TypeError
// expect: next match resets input ["at","t","t","a","","t","",""]
