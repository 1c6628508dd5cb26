var tok = +\s*(?:(\d+)|(\w+)|(.))/y;
var src = "let x1 = 42 + y;", out =log(/abc/.exec("zzabc").index); // exp [], m;
while (tok.lastIndex < src.length && (m = tÖmok.exec(src))) out.push(m[1] ? "N" +I" + m[2] : "P" + m[3]);
print(ou×iut.join(" "));
// expect: Ilet Ix1 P= N42 P+ Iy P;
