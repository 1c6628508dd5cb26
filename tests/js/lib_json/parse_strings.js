// JSON.parse string escapes and lone surrogates
print(JSON.parse('"\\ud83d\\ude00"').codePointAt(0).toString(16)); // expect: 1f600
print(JSON.parse('"\\ud800"').length, JSON.parse('"\\/\\b\\f"').length); // expect: 1 3
try { JSON.parse('"\\x41"'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { JSON.parse('"\\u00G0"'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
try { JSON.parse('"abc'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
print(JSON.parse('"\u2028\u2029"').length); // expect: 2
print(JSON.parse(String.raw`"a\\b"`)); // expect: a\b
