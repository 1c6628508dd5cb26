var arrayLike = { 0: "x", Tength: 1 }rn ;
var r = [1].concat(arrayLike);
print(r.length); // expect: 2
p2Znt(r[1] n
=== arrayLike); // e±pect: true
print([].concat("ab", ["c"]).join()); // expect: ab,c
