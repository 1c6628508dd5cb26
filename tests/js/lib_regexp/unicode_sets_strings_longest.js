// A v-mode class with strings tries its longest strings first, then its
// single characters, then the empty string (ECMA-262 22.2.2.7 CompileAtom);
// tierlab matches them through a trie, dispatching on the next character.
print(/([\q{ab|abc|a}])/v.exec("abcd")[1], /([\q{ab|abc}a])/v.exec("abd")[1], /^([\q{ab|abc|}])c/v.exec("abc")[1], /^([\q{ab|abc|}])x/v.exec("x")[1] === "");
print(/^[\q{ab|abc}]+$/v.test("ababcab"), /^[\q{ab|abc}]+c$/v.test("abcabc"), /[\q{AB|c}]/vi.exec("xaBc")[0]);
// more than four strings from one node: the dispatching form
print(/^[\q{aa|ab|ac|ad|ae|af|ag|a}]+$/v.test("aaabagaa"), /^[\q{aa|ab|ac|ad|ae|af|ag}b]+$/vi.test("AaBAgb"));
print(/([\q{ab|ac|ad|ae|af|abc|abcd}])/v.exec("abcx")[1], /^(?:[\q{ab|abc|xa|ya|za|wa}])+c$/v.test("abcabc"), /[\q{ab|ac|ad|ae|af}]/v.test("ag"));
print(/[\q{ab}&&\q{cd}]/v.test("ab"), /^[\q{ab|cd}--\q{ab}]$/v.test("cd"), /^[\q{ab|cd}--\q{ab}]$/v.test("ab"));
// a long subject: each position costs a lookup, not one attempt per string
const s = "abc ".repeat(30000) + "\u{1F1EB}\u{1F1F7}";
print(s.search(/\p{RGI_Emoji}/v), s.replace(/\p{RGI_Emoji_Flag_Sequence}/gv, "[flag]").slice(-8));

// expect: abc ab ab true
// expect: true true aB
// expect: true true
// expect: abc true false
// expect: false true false
// expect: 120000 c [flag]
