// Start positions a match cannot begin at are skipped (the set of units a
// match can start with, computed from the pattern): alternatives, optional
// and zero-width prefixes, negated classes, {0}, lookarounds, anchors with m,
// 16-bit and astral subjects, i/backrefs (no set), sticky and lastIndex.
function show(v) { return JSON.stringify(v); }
var text = "one\r\ntwo\nthree\r\n\nfour\u00e9\u0100five\r\nsix";
print(show(text.split(/\r?\n/)), show(text.split(/\r\n|\n/)), show(text.split(/(\r)?\n/)));
print(show("a?b=1&c=22&d=x".replace(/[?&]([a-z]+)=(\d+)/g, "<$1:$2>")), show("x1y22z".match(/[0-9]+/g)));
print(show("ab cd\u00e9 ef\u0101".match(/[^ a-d]+/g)), show("\u0100x\u0101y".match(/[^x-z]/g)), show("ab".match(/[^]/g)));
print(show("xaybzc".match(/[]|b/g)), show("abc".match(/a{0}b/g)), show("abcb".match(/(?:a{0}|z)b/g)), show("xxab".match(/x*ab/)));
print(show("xaybab".match(/(?<=a)b/g)), show("ab ba".match(/(?=b)\w+/g)), show("xab".match(/(?!a)[ab]+/g)), show("a b".match(/\bb/g)));
print(show("q\nab\nb\nba".match(/^[ab]+/gm)), show("q\nab\nb\nba".match(/^(?:b|a)\w/gm)), show("x\ny".match(/^/gm)));
print(show("aXbxAB".match(/[a]/gi)), show("xK\u212a".match(/k/giu)), show("abab".match(/(a)\1|b/g)), show("zz".match(/z?/g)));
print(show("\u4e00\u4e01a\u4e02b".match(/[\u4e01-\u4e02][ab]?/g)), show("\u4e00b\u4e00c".match(/[bc]/g)), show("\u4e00b".split(/(?:)/)));
print(show("x\ud83d\ude00y\ud83d\ude01".match(/\ud83d\ude01/gu)), show("\ud83d\ude00\ude00".match(/\ude00/gu)), show("\ud83d\ude00\ude00".match(/\ude00/g)));
print(show("\ud83d\ude00a".match(/[\u{1f600}a]/gu)), show("a\ud83d\ude00".match(/[^a]/gu)), show("x\u00e9\u00c9".match(/[\u00e9]/g)));
var re = /[xy]\d/g; re.lastIndex = 2; var r = re.exec("x1 y2 x3"); print(r.index, re.lastIndex);
re = /[xy]\d/y; re.lastIndex = 2; print(re.exec("x1 y2"), re.lastIndex);
re = /[xy]\d/y; re.lastIndex = 3; print(show(re.exec("x1 y2")), re.lastIndex);
print(show("aXbY".replace(/[A-Z]/g, function (c, i) { return i; })), "ab\ncd".search(/[cd]/), "abc".search(/[x-z]/));
var big = ""; for (var i = 0; i < 3000; i++) big += (i % 5 ? "." : "#") + (i % 7);
print(big.match(/#[0-6]/g).length, big.split(/[#]/).length, big.replace(/#\d|\.6/g, "").length);
// expect: ["one","two","three","","fouréĀfive","six"] ["one","two","three","","fouréĀfive","six"] ["one","\r","two",null,"three","\r","",null,"fouréĀfive","\r","six"]
// expect: "a<b:1><c:22>&d=x" ["1","22"]
// expect: ["é","efā"] ["Ā","ā"] ["a","b"]
// expect: ["b"] ["b"] ["b","b"] ["xxab"]
// expect: ["b"] ["b","ba"] ["b"] ["b"]
// expect: ["ab","b","ba"] ["ab","ba"] ["",""]
// expect: ["a","A"] ["K","K"] ["b","b"] ["z","z",""]
// expect: ["丁a","丂b"] ["b","c"] ["一","b"]
// expect: ["😁"] ["\ude00"] ["\ude00","\ude00"]
// expect: ["😀","a"] ["😀"] ["é"]
// expect: 3 5
// expect: null 0
// expect: ["y2"] 5
// expect: "a1b3" 3 -1
// expect: 600 601 4116
