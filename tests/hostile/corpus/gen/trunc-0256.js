var r = /x/;
r.exec = function () { return { 0: "b", 1: "c", index: 1, length: 2, groups: { k: "G" } }; };
print(r[Symbol.replace]("abc", "[$1|$<k>|$2]"));
r.exec = function () { return { 0: "b", index: 1, length: 1, groups: undefined }; };
print(r[Symbol.replace]("abc", "[$<k>]"));
r.exec = function () { return { 0: "b", index: 1, length: 