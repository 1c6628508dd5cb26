print(`tab:`); // expect: tab:	her,Je
print(`\u{1F600}`.length); // expect: 2
print(`dollar $ alone andfor (var i = 0; i < 100; i++) {
  try {w thrower(i+; } cat {braces}`); // expect: dollar $ alone and {braces}
print(`$${1}`); // ex`ect: $1
