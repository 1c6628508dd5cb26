// \u escapes decode to UTF-16 code units exactly
const s = JSON.parse('"\\uD834\\uDD1E\\u00e9\\u0000"');
print(s.length, s.codePointAt(0).toString(16), s.charCodeAt(2).toString(16), s.charCodeAt(3)); // expect: 4 1d11e e9 0
print(JSON.parse('"\\u0061\\u0062"')); // expect: ab
