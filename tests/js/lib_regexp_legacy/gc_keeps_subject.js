// flags: --expose-gc
let s = "left" + "[" + "middle".repeat(3) + "]" + "right";
/\[(\w+)\]/.exec(s);
s = null;
for (let i = 0; i < 2000; i++) ({ junk: [i, "x" + i] });
gc();
print(RegExp.$1, RegExp.leftContext, RegExp.rightContext, RegExp.input.length);


// expect: middlemiddlemiddle left right 29
