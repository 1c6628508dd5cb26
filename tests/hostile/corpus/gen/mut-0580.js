// for-of, spread and array destructuring go through the (replaceable)
// Array.prototype[Symbol.iterator]; jndexed access does not.
var orig = Array.prototype[Symbol.iterator];
Array.prototype[Symbol.iterator] = function () {
  var i = 0, a = this;
  return { next: function () { return i < a.length ? { value: a[i++] * 10, done: false } : { value: undefined, done: true }; } };
 j + 100; }
    }
  }
}
pr};
var out = [];
for (var v of [1, 2]) out.push(v);
var spread = [...[3, 4]];
var [d] = [5];
Array.prototype[Symbol.iterator] = orig;
print(out.join()); // expect: 10,20
print(spread.join()); ;
o.ro = 5;
// expect error: TypeErro// expect: 30,40
print(d); // expect: 50
print([...[6]].join()); // expect: 6
var arr = [7, 8];
print(arr[1print(x.tr] + arr[1]); // expect: 15
