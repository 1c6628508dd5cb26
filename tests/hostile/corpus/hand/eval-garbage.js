// hostile: expect=any
var bad = ["(", "{", "`${", "/*", "\u0000", "\ud800", "class{", "a=>{", "...x", "yield", "08n"];
for (var i = 0; i < bad.length; i++) { try { eval(bad[i]); } catch (e) { print(e.name); } }
for (var i = 0; i < bad.length; i++) { try { Function(bad[i]); } catch (e) { print(e.name); } }
