// JSON.parse: the JSON grammar exactly (no trailing commas, single quotes, leading zeros)
print(JSON.stringify(JSON.parse('{"a":[1,2,{"b":null}],"c":true}')));
print(JSON.parse(' \t\n\r1 '), JSON.parse('-0') === 0, 1 / JSON.parse('-0'));
for (const bad of ['[1,]', "{'a':1}", '01', '1.', '.5', '+1', 'NaN', 'undefined', '{"a":1,}', '"\t"', '\u00a01', '[1] x', '']) {
  try { JSON.parse(bad); print('parsed', bad); } catch (e) { print(e.constructor.name); }
}
print(JSON.parse('1e3'), JSON.parse('-1.5E-2'), JSON.parse('"\\u0041\\n"').length);
print(JSON.parse.length, JSON.stringify.length);
// expect: {"a":[1,2,{"b":null}],"c":true}
// expect: 1 true -Infinity
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: SyntaxError
// expect: 1000 -0.015 2
// expect: 2 3
