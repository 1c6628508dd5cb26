var it = {
  [Symbol.iterator]() {
    var i = 0;
    return { next: function () { i++; return { value: { n: i, pad: [i, i] }, done: i > 200 }; } };
  }
};
var sum = 0;
for (var x of it) sum += x.n + x.pad[1];
print(sum); // expect: 40200
var arr = [...it];
print(arr.length + " " + arr[199].pad.join()); // expect: 200 200,200
