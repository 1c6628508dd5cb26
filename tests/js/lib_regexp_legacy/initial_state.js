const names = ["input", "$_", "lastMatch", "$&", "lastParen", "$+", "leftContext", "$`", "rightContext", "$'", "$1", "$5", "$9"];
print(names.map((n) => JSON.stringify(RegExp[n])).join(" "));
print("$0" in RegExp, "$10" in RegExp, RegExp.$0, RegExp.$10);

// expect: "" "" "" "" "" "" "" "" "" "" "" "" ""
// expect: false false undefined undefined
