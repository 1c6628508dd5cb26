// a hot loop of matches: the statics track the last one in every tier
let last = "";
for (let i = 0; i < 2000; i++) {
  /(\d+)-(\d+)/.exec("k" + i + "-" + (i * 2) + "z");
  if (i % 500 === 499) last += RegExp.$1 + ":" + RegExp.$2 + ":" + RegExp.leftContext + ":" + RegExp.rightContext + " ";
}
print(last.trim());
print(RegExp.lastMatch, RegExp.input);


// expect: 499:998:k:z 999:1998:k:z 1499:2998:k:z 1999:3998:k:z
// expect: 1999-3998 k1999-3998z
