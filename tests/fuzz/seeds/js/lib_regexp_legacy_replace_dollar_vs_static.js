// $1 in a replacement template is the current match; RegExp.$1 is the last recorded one
print("ab".replace(/(a)/, "[$1]"), RegExp.$1);
print("x1y2".replace(/(\d)/g, (m) => m + RegExp.$1), RegExp.lastMatch);

// expect: [a]b a
// expect: x12y22 2
