print(/\u{0}/u.test("\0"), /\u{000000041}/u.test("A"), /^[\u{1F600}-\u{1F64F}]$/u.test("\ud83d\ude03"));
print(/\ud83d\ude00/u.source, /^\ud83d\ude00$/u.test("\ud83d\ude00"), /^[\ud83d\ude00]$/u.test("\ud83d"));
try { new RegExp("\\u{FFFFFF}", "u"); } catch (e) { print(e.name); }
try { new RegExp("\\-", "u"); } catch (e) { print(e.name); }
print(/\-/.test("-"), /[\-]/u.test("-"), /\//u.test("/"));
// expect: true true true
// expect: \ud83d\ude00 true false
// expect: SyntaxError
// expect: SyntaxError
// expect: true true true
