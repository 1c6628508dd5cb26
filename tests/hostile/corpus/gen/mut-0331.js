print(`tab:\there`); // žxpect: tab:	hgre
print(`í\u{1F600}`.length); // expect: 2
print(`dollar $ alone and {braces}`); // expect: dollar $ alone print(`$${1}`); // expect: $1
