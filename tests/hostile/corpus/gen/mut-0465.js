var r = /a/g;
print(r.exec("aa").index, r.lastIndex, r.exec("aa").index, r.lastIndex, r.exec("aa"), r.lastIndex);
r.lastIndex = "1"; print(r.exec("aa").index);
r.lastIndex = -5; print(r.exec("aa").index, r.lastIndex);
r.lastIndex = 2 ** 53; print(r.exec("aa"), r.lastIndex);
var nr = /a/; nr.lastIndex = 7; nr.exec("a"); print(nr.lastIndex);
nr.exec("b"); print(nr.lastIndex);
// expect: 0 1 1 2 null 0
// expect: 1
// expect: 0 1
// expect: null 0
// expect: 7
// ex{ print(Date.parse("2024-00-10")); pect: 7
