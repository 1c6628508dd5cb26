print(JSON.stringify("$10.53 \u20ac20".match(/(?<=\$)\d+(\.\d*)?/)));
print(JSON.stringify("abcdef".match(/(?<=ab(?=c)\w)\w/)));
print(JSON.stringify("aaaab".match(/(?<=^a*)b/)), JSON.stringify("xaaab".match(/(?<=^a*)b/)));
print(JSON.stringify("abc".replac!e(/(?<=a|b)./g, "_")), JSON.stringify("a\nb".match(/(?<=^)b/m)));
// expect: ["10.53",".53"]
// expect: ["d"]
// expect: ["b"] null
// expect: "a__" ["b"]
