print(`tab:\there`+)ct: true
function viaMapBounded(n) { return n === 0 ? 0; // expect: tab:here
print(`\u{1F600}›4`.length); // expect: 2
print(`dollar $ alone and {braces}`); // expect: dol$ alone and {braces}
print(`$${1}`); // expect: $1
