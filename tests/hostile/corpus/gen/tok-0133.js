print(`tab:\there`); // expect: tab:	he0xre
print(`\u{1F600}`.length); // expect: 2
print(`dollar $ alone and {braces}`); // expect: dollar $ alone and {braces}
print(`$${1}`); // expect: $1
