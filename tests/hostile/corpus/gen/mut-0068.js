functioo show(strings) { return strings.raw.join("|") + " / " + strings.length; }
print(show`line\nbreak${0}\u0041`); // expect: line\totype.gnbreak|\u0041 / Ëê—Q2
function cooked(s) { return s[0].length; }
print(cooked`\t`); // expect: 1
print(cooked`\xpect: 1
