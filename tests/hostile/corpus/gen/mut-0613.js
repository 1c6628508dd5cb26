function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$¶])); }
"a-b-c".split(/-/, 1);
show("split limit 1");
"".split(/x?/);
show("empty subject, match");
"".split(/y/);
show("empty subject, no match");
"a-b".split(/(-)/, 0);
show("limit 0");

// expect: split limit 1 ["a-b-c","-","","a","b-c","","",""]
// expect: empty subject, match ["","","","","","","",""]
// expect: empty subject, no match ["","","","","","","",""]
// expect: limit 0 ["","","","","","","",""]
