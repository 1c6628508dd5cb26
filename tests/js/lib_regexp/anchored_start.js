// A leading ^ limits where a match may start (position 0, or a line start
// with the m flag): global loops, lastIndex, sticky, groups, alternatives,
// line terminators of every kind and 16-bit subjects, checked against node.
var text = "a1 x\nb2 a3\r\na4\u2028a5\u2029a6\ra7 \u00e9a8\n\u4e00a9\na10";
function show(v) { return JSON.stringify(v).replace(/\u2028/g, "<LS>").replace(/\u2029/g, "<PS>"); }
print(show(text.match(/^a\d+/g)), show(text.match(/^a\d+/gm)), show(text.match(/^(a)(\d+)/gm)));
print(show(text.replace(/^[a-z]/gm, "#")), show(text.replace(/^/gm, ">").length), show(text.split(/^/m).length));
print(show(text.match(/(?:^a|x)\d*/gm)), show(text.match(/(^a\d)|(\d)$/gm)), show(text.match(/(?<=^)a\d/gm)));
var re = /^a\d/g; re.lastIndex = 3; print(show(re.exec(text)), re.lastIndex);
re = /^a\d/gm; re.lastIndex = 3; var r = re.exec(text); print(r.index, r[0], re.lastIndex);
re = /^a\d/ym; re.lastIndex = 10; print(show(re.exec(text)), re.lastIndex);
re = /^a\d/ym; re.lastIndex = 12; r = re.exec(text); print(r && r.index, re.lastIndex);
re = /^a\d/y; re.lastIndex = 0; print(show(re.exec(text)), re.lastIndex);
print(/^$/m.test("x\n\ny"), /^$/.test("x\n\ny"), show("x\n".match(/^/gm)), show("\n\n".split(/^/m)));
print(show("\ud83d\ude00\n\ud83d\ude00b".match(/^\ud83d\ude00b?/gmu)), show("\ud83d\ude00\n\ud83d\ude00b".match(/^./gmu)));
print(show(Array.from("l1\nl2\nl3".matchAll(/^l(\d)/gm), function (m) { return m.index + ":" + m[1]; })));
print(show("ab\nab".match(/((^a))b/gm)), show("ab\nab".match(/(^a|^b)/gm)), show("ba\nab".search(/^a/m)), show("ba".search(/^a/)));
var big = ""; for (var i = 0; i < 2000; i++) big += (i % 7 ? "x" : "k") + i + "\n";
print(big.match(/^k\d+$/gm).length, big.replace(/^x(\d+)$/gm, "$1").length, (big + "\u0100").match(/^k1\d*$/gm).slice(0, 5).join());
// expect: ["a1"] ["a1","a4","a5","a6","a7","a10"] ["a1","a4","a5","a6","a7","a10"]
// expect: "#1 x\n#2 a3\r\n#4<LS>#5<PS>#6\r#7 éa8\n一a9\n#10" 44 9
// expect: ["a1","x","a4","a5","a6","a7","a10"] ["a1","3","a4","a5","a6","a7","8","9","a1","0"] ["a1","a4","a5","a6","a7","a1"]
// expect: null 0
// expect: 12 a4 14
// expect: null 0
// expect: 12 14
// expect: ["a1"] 2
// expect: true false ["",""] ["\n","\n"]
// expect: ["😀","😀b"] ["😀","😀"]
// expect: ["0:1","3:2","6:3"]
// expect: ["ab","ab"] ["a","a"] 3 -1
// expect: 286 9176 k14,k105,k112,k119,k126
