function t(p, f) { try { new RegExp(p, f); return "ok"; } catch (e) { return e.name + ": " + e.message; } }
console.log(t("\\q", "u")); // expect: SyntaxError: Invalid regular expression: /\q/u: Invalid escape
console.log(t("]", "u")); // expect: SyntaxError: Invalid regular expression: /]/u: Lone quantifier brackets
console.log(t("{", "u")); // expect: SyntaxError: Invalid regular expression: /{/u: Lone quantifier brackets
console.log(t("\\8", "u")); // expect: SyntaxError: Invalid regular expression: /\8/u: Invalid escape
console.log(t("\\u{110000}", "u")); // expect: SyntaxError: Invalid regular expression: /\u{110000}/u: Invalid Unicode escape
console.log(t("\\p{Foo}", "u")); // expect: SyntaxError: Invalid regular expression: /\p{Foo}/u: Invalid property n