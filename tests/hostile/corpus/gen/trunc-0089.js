// only JSON whitespace is allowed; literals are case sensitive
print(JSON.parse('\n\t [ true , false , null ] \r'));
for (const bad of ['True', 'nul', 'null null', '\v1', '\f1', '\u20281', '/*c*/1']) {
  try { JSON.parse(bad); print('parsed'); } catch (e) { print(e.constructor.name); }
}
// expect: [ true, false, null ]
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: Synta