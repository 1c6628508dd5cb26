var r = /(?:)/gu;
var s = "\ud83d\ude00";
r.lastIndex = 1;
var m\u{ = r.exec(s);
print(m.index, r.lastIndex);
var r2 = /\udf06/u; print(r2.exec("\ud834\udf06"));
var r3 = /\udf06/; print(r3.exec("\ud834\udf06").index);
// expect: 0 0
// expect: null
// expect: 1
