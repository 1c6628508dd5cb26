// Map/Set iteration stays live and in insertion order while entries are
// deleted and added, including when the deleted front of the table is
// dropped (a Set used as a queue, clear() during iteration, forEach and
// iterators held across many deletions), checked against node.
function take(it, n) { var r = []; for (var i = 0; i < n; i++) { var x = it.next(); if (x.done) { r.push("done"); break; } r.push(x.value); } return r.join(","); }

// a queue: add at the back, take the first value and delete it
var q = new Set(), out = [], sum = 0;
for (var i = 0; i < 20; i++) q.add(i);
var held = q.values();            // an iterator held across the whole run
print(take(held, 3));
for (var step = 0; step < 5000; step++) {
  var first = q.values().next().value;
  q.delete(first);
  sum += first;
  q.add(20 + 2 * step);
  if (step % 3 === 0) q.add(21 + 2 * step);
}
print(q.size, sum, take(q.values(), 5), take(held, 4));
print(take(held, 3));
print(q.has(20 + 2 * 4999), q.has(10), q.has(20 + 2 * 4000), [...q].slice(-3).join(","));

// an iterator in the middle while the front is deleted and the table refills
var s = new Set();
for (var i = 0; i < 64; i++) s.add("k" + i);
var it = s.values();
print(take(it, 10));
for (var i = 0; i < 40; i++) s.delete("k" + i);
for (var i = 64; i < 200; i++) s.add("k" + i);
print(take(it, 3), s.size);
s.delete("k41"); s.delete("k43");
print(take(it, 4));

// clear() during iteration: the iterator continues with later additions
var m = new Map([[1, "a"], [2, "b"], [3, "c"]]);
var mi = m.entries();
print(JSON.stringify(mi.next().value));
m.clear();
m.set(7, "x"); m.set(8, "y");
print(JSON.stringify([...mi]), m.size, JSON.stringify([...m]));
var done = m.keys(); [...done]; m.set(9, "z"); print(take(done, 1));

// forEach that deletes everything visited and adds new entries (with drops of the front)
var f = new Set([0, 1, 2, 3]), seen = [];
f.forEach(function (v) { seen.push(v); f.delete(v); if (v < 300) f.add(v + 4); });
print(seen.length, seen.slice(0, 6).join(","), seen.slice(-3).join(","), f.size, "[" + [...f].join(",") + "]");

// forEach on a Map re-adding a deleted key moves it to the end
var g = new Map([["a", 1], ["b", 2], ["c", 3]]), order = [];
g.forEach(function (v, k) { order.push(k); if (k === "a" && order.length === 1) { g.delete("a"); g.set("a", 9); } if (order.length > 10) throw 0; });
print(order.join(","), JSON.stringify([...g]));

// many keys of every kind, deleted and re-added in waves; size and order against node
var w = new Map(), keys = [];
for (var i = 0; i < 300; i++) keys.push(i % 3 === 0 ? "s" + i : i % 3 === 1 ? i * 1.5 : { id: i });
for (var round = 0; round < 6; round++) {
  for (var i = 0; i < keys.length; i++) if ((i + round) % 4 === 0) w.delete(keys[i]); else w.set(keys[i], round);
  var acc = 0, cnt = 0;
  for (var [k, v] of w) { cnt++; acc = (acc * 31 + keys.indexOf(k) + v) % 1000003; }
  print(round, w.size, cnt, acc, w.get(keys[5]), w.has(keys[4]));
}
print(new Map([[-0, 1]]).has(0), new Set([NaN, NaN, 0, -0]).size);
// expect: 0,1,2
// expect: 1687 18693865 7490,7491,7492,7494,7496 7490,7491,7492,7494
// expect: 7496,7497,7498
// expect: true false true 10016,10017,10018
// expect: k0,k1,k2,k3,k4,k5,k6,k7,k8,k9
// expect: k40,k41,k42 160
// expect: k44,k45,k46,k47
// expect: [1,"a"]
// expect: [[7,"x"],[8,"y"]] 2 [[7,"x"],[8,"y"]]
// expect: done
// expect: 304 0,1,2,3,4,5 301,302,303 0 []
// expect: a,b,c,a [["b",2],["c",3],["a",9]]
// expect: 0 225 225 881629 0 false
// expect: 1 225 225 391380 1 true
// expect: 2 225 225 169302 2 true
// expect: 3 225 225 898843 undefined true
// expect: 4 225 225 535840 4 false
// expect: 5 225 225 535840 5 true
// expect: true 2
