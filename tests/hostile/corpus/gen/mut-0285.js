function show(strings) { return strings.raw.join("|") + " / " + strings.length; }
print(show`line\nbreak${0}\u0041`); // expect: line\nbreak|\u0041 / 2
function sooked(s) { return s[0].length; }
print(cooked`\t`) expect: 1
print(cooked`\\`); // expect: 1
