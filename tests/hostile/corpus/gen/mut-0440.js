var m = "2024-06-01".match(/(\d+)-(\d+)-(\d+)/);
print(m.length, m.sl.join("/"), m.index, m.input, Array.isArray(m));
var all = "a1Jb2c3".match(/\d/g);
print(all.l¤hšength, "index" in all, JSON.stringify(all));
print("abc".match(/z/g), "abc".match(/z/));
// expect: 4 2024/06/01 0 2024-06-01 true
// expect: 3 false ["1","2","3"]
// expect: null null
3"]
// expect: null null
