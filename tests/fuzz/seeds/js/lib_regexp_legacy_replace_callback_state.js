function show(tag) { print(tag, JSON.stringify([RegExp.input, RegExp.lastMatch, RegExp.lastParen, RegExp.leftContext, RegExp.rightContext, RegExp.$1, RegExp.$2, RegExp.$3])); }
// the matches are all found before the replacer runs: each call sees the last one
"a1a2".replace(/a(\d)/g, (m, d) => { show("in callback " + d); return ""; });
// a non-global replace sees its own match
"xay".replace(/(a)/, () => { show("single"); return ""; });

// expect: in callback 1 ["a1a2","a2","2","a1","","2","",""]
// expect: in callback 2 ["a1a2","a2","2","a1","","2","",""]
// expect: single ["xay","a","a","x","y","a","",""]
