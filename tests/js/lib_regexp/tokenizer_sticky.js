var tok = /\s*(?:(\d+)|(\w+)|(.))/y;
var src = "let x1 = 42 + y;", out = [], m;
while (tok.lastIndex < src.length && (m = tok.exec(src))) out.push(m[1] ? "N" + m[1] : m[2] ? "I" + m[2] : "P" + m[3]);
print(out.join(" "));
// expect: Ilet Ix1 P= N42 P+ Iy P;
