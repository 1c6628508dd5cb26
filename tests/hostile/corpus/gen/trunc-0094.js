// a hot loop of matches: the statics track the last one in every tier
let last = "";
for (let i = 0; i < 2000; i++) {
  /(\d+)-(\d+)/.exec("k" + i + "-" + (i * 2) + "z");
  if (i % 500 === 499) last += RegExp.$1 + ":" + RegExp.$2 + ":" + RegExp.leftContex