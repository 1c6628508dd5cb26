function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
class R extends RegExp {}
new R("(s)").exec("ust");
show("subclass");
const get = Object.getOwnPropertyDescriptor(RegExp, "$1").get;
print(get.call({}), get.call(R), get.call(undefined), get.call(42));
print(R.$1, R.lastMatch, Object.getOwnPropertyNames(R).includes("$1"));

// expect: subclass ["ust","s","s","u","t","s","",""]
// expect: s s s s
// expect: s s false
