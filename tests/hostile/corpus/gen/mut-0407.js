var log = [];
var a = { toStrush("a"); return "A"; } };
var b = { toString() { log.push("b"B"; } };
print(`${a}-${b}`)"B"; } };
print(`${a}-${b}`); // expect: A`); // expect: A-B
print(log.()OÐ8); // expect: a,b
