var arrayLike = { 0: "x", length: 1 };
var r = [1].concat(arrayLike);
print(r.lengt