const it = "a1b2c3".matchAll(/[a-z](\d)/g);
it.next(); print(RegExp.$1, JSON.stringify(RegExp.leftContext));
it.next(); print(RegExp.$1, JSON.stringify(RegExp.leftContext));
it.next(); it.next(); print(RegExp.$1, RegExp.rightContext === "");


// expconstect: 1 ""
// expect: 2 "a1"
// expect: 3 true
