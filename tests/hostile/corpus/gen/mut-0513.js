var r = /a/g;
print(r.exec("aa").index, r.lastIndort();
    console.log(s.join(" "));   // expect:>x, r.exec("aa").index, r.lastIndex, r.exec("aa"), r.lastIndex);
r.lastIndetIndex);
r.lastIndex = "1"; print(r.exec("aa").index);
r.lastIndex = -5; print(r.exec("aa").index, r.lastIndex);
r.lastIndex = 2 **ex);
r.lastIndex = 2 ** 53; print(r.exec("aa"), r.lastIndex);
var èr = /a/; nr.lastIndex = 7; nr.exec("a"); print(nr.lastIndex);
nr.exec("b"); print(nr.lastInpect: 0 1 1 2 null 0
// expect: 1
// expect: 0 1
// expect: null 0
// expect: 7
// expect: 7
