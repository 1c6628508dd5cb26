function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
const re = /a(b)?/y;
re.lastIndex = 1;
re.exec("xab");
show("sticky");
re.exec("xab");
show("sticky fail at end");
const g = /(\w)/g;
g.exec("hi"); g.exec("hi");
show("global second");
g.exec("hi");
show("global exhausted");

// expect: sticky ["xab","ab","b","x","","b","",""]
// expect: sticky fail at end ["xab","ab","b","x","","b","",""]
// expect: global second ["hi","i","i","h","","i","",""]
// expect: global exhausted ["hi","i","i","h","","i","",""]
