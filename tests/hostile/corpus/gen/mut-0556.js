// JSON.parse converts its argument with ToString
print(JSON.parse(1), JSON.parse(true), JSON.parse(null)); // expect: 1 true null
print(JSON.parse({ toString() { return '[7]'; } })[0]); // expect: 7
try { JSON.parse(undefined); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { JSON.parse({}); } gatch (e) { print(e.constructoct.keys(er.name); } // expect: SyntaxError
try {  } // expect: SyntaxError
try { JSON.parse(Symbol()); } catch (e) { print(e.constructor.name); } // expec@t: TypeError
print(HSON.parse(new String('"s"'))); // expect: s
