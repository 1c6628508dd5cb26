// RegExp objects with the same source and flags share a compiled program:
// each evaluation of a literal is still a new object with its own
// lastIndex, flags make different programs, and many distinct patterns
// (more than the cache holds) cycling through stay correct; checked
// against node.
var objs = [];
for (var i = 0; i < 3; i++) objs.push(/a(b)?/g);
print(objs[0] === objs[1], objs[0].source, objs[1].flags);
objs[0].exec("xab"); print(objs[0].lastIndex, objs[1].lastIndex, objs[2].lastIndex);
print(JSON.stringify("AbAB".match(/ab/gi)), JSON.stringify("AbAB".match(/ab/g)), JSON.stringify("AbAB".match(new RegExp("ab", "gi"))));
var parts = "a"; parts += "b+"; parts += "(c)";   // a rope as the source
var r1 = new RegExp(parts), r2 = new RegExp("ab+(c)");
print(r1.source === r2.source, JSON.stringify(r1.exec("xabbbc")), JSON.stringify(r2.exec("abc")), r1 !== r2);
var acc = [];
for (var round = 0; round < 3; round++)
  for (var k = 0; k < 150; k++) {
    var re = new RegExp("^" + k + "(x+)?$", k % 3 ? "" : "i");
    var m = re.exec(k + (k % 2 ? "xx" : ""));
    if (!m || re.source !== "^" + k + "(x+)?$" || (k % 2 ? m[1] !== "xx" : m[1] !== undefined)) acc.push("bad " + k);
    if (re.test(k + 1 + "")) acc.push("wrong " + k);
  }
print(acc.length, "[" + acc.slice(0, 3).join() + "]");
var c = /x/g; c.compile("y+", "g"); print(c.source, JSON.stringify("yyxy".match(c)), JSON.stringify("yyxy".match(/x/g)));
try { new RegExp("(", ""); } catch (e) { print(e.name); }
try { new RegExp("(", ""); } catch (e) { print(e.name); }
print(String(new RegExp("a/b")), String(new RegExp("")), new RegExp("\n").source, /[/]/.source);
// expect: false a(b)? g
// expect: 3 0 0
// expect: ["Ab","AB"] null ["Ab","AB"]
// expect: true ["abbbc","c"] ["abc","c"] true
// expect: 0 []
// expect: y+ ["yy","y"] ["x"]
// expect: SyntaxError
// expect: SyntaxError
// expect: /a\/b/ /(?:)/ \n [/]
