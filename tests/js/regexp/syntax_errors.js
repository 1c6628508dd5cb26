function t(p, f) { try { new RegExp(p, f); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
console.log(t("(")); // expect: SyntaxError: Invalid regular expression: /(/: Unterminated group
console.log(t(")")); // expect: SyntaxError: Invalid regular expression: /)/: Unmatched ')'
console.log(t("[a")); // expect: SyntaxError: Invalid regular expression: /[a/: Unterminated character class
console.log(t("*a")); // expect: SyntaxError: Invalid regular expression: /*a/: Nothing to repeat
console.log(t("a**")); // expect: SyntaxError: Invalid regular expression: /a**/: Nothing to repeat
console.log(t("[b-a]")); // expect: SyntaxError: Invalid regular expression: /[b-a]/: Range out of order in character class
console.log(t("a{2,1}")); // expect: SyntaxError: Invalid regular expression: /a{2,1}/: numbers out of order in {} quantifier
console.log(t("(?<a>x)(?<a>y)")); // expect: SyntaxError: Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name
console.log(t("a", "gg")); // expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
console.log(t("a", "z")); // expect: SyntaxError: Invalid flags supplied to RegExp constructor 'z'
console.log(t("\\")); // expect: SyntaxError: Invalid regular expression: /\/: \ at end of pattern
console.log(t("(?<=a)+")); // expect: SyntaxError: Invalid regular expression: /(?<=a)+/: Invalid quantifier
