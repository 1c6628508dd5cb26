// eval and Function read the code units of their source string: a lone
// surrogate in it stays that unit in string literals, templates (cooked and
// raw), regexp literals, comments and Function.prototype.toString, as in
// node (the text used to go through UTF-8 and became U+FFFD).
var hex = function (s) {
  var r = [];
  for (var i = 0; i < s.length; i++) r.push(s.charCodeAt(i).toString(16));
  return r.join(" ");
};
console.log(hex(eval("'\uD800'")));                 // expect: d800
console.log(hex(eval("'a\uDC00b'")));               // expect: 61 dc00 62
console.log(hex(eval("'\uDBFF\uD800'")));           // expect: dbff d800
console.log(hex(eval("'\uD83D\uDE00'")));           // expect: d83d de00
console.log(hex(eval("'\uD83D' + '\\uDE00'")));     // expect: d83d de00
console.log(hex(eval("'\uD83D\\uDE00'")));          // expect: d83d de00
console.log(hex(eval("`x\uDFFFy`")));               // expect: 78 dfff 79
console.log(hex(eval("String.raw`\uD800`")));       // expect: d800
console.log(eval("/* \uD800 */ 7 // \uDC00"));      // expect: 7
console.log(eval("({'\uD800': 5})")["\uD800"]);     // expect: 5
console.log(eval("/\uD800/").test("a\uD800"));      // expect: true
console.log(eval("/[\uDC00]/u").test("\uDC00"));    // expect: true
console.log(JSON.stringify(eval("'x\uD800y'")));    // expect: "x\ud800y"
var f = new Function("a", "return a + '\uDC01';");
console.log(hex(f("")));                            // expect: dc01
console.log(hex(f.toString().slice(-6)));           // expect: 27 dc01 27 3b a 7d
console.log(f.toString().indexOf("\uDC01") > 0);    // expect: true
var g = eval("(function () { return '\uD801'; })");
console.log(g.toString().indexOf("\uD801") > 0);    // expect: true
try { eval("var x\uD800 = 1"); } catch (e) { console.log(e.name); }   // expect: SyntaxError
try { eval("\uDC00"); } catch (e) { console.log(e.name); }            // expect: SyntaxError
try { new Function("\uD800", ""); } catch (e) { console.log(e.name); } // expect: SyntaxError
// indirect eval too
var ie = eval;
console.log(hex(ie("'\uDABC'")));                   // expect: dabc
