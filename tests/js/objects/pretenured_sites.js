// Allocation sites whose objects live long (new, object and array literals,
// string concatenation) are pretenured by the generational plans
// (engine/allocsite.h).  Old objects made that way must still keep the
// young objects stored into them alive: at birth (initialising stores), by
// later stores (the write barrier) and when their slots grow.
function Node(key, next) { this.key = key; this.next = next; this.data = null; }

function build(n) {
  var head = null;
  for (var i = 0; i < n; i++) {
    head = new Node(i, head);
    head.data = { k: i, arr: [i, i + 1], s: "n" + i };
  }
  return head;
}

var head = build(1000);
// fresh objects into old nodes, and a property added late (slots grow)
var j = 0;
for (var n = head; n !== null; n = n.next, j++) {
  if (j % 3 === 0) n.data = { k: n.key, arr: [n.key, n.key + 1], s: "m" + n.key };
  if (j % 5 === 0) n.extra = { v: n.key * 2 };
}
// garbage from other sites between the stores and the checks
var g = 0;
for (var r = 0; r < 6000; r++) { var t = { a: r, b: [r] }; g += t.b[0] & 1; }

var sum = 0, cnt = 0, bad = 0, extra = 0;
for (n = head; n !== null; n = n.next) {
  sum += n.data.k + n.data.arr[1];
  var want = (n.data.s.charAt(0) === "m" ? "m" : "n") + n.key;
  if (n.data.s !== want || n.data.arr[0] !== n.key) bad++;
  if (n.extra !== undefined) extra += n.extra.v;
  cnt++;
}
print(cnt); // expect: 1000
print(sum); // expect: 1000000
print(bad); // expect: 0
print(extra); // expect: 200600
print(g); // expect: 3000
