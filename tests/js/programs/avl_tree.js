// A persistent-style AVL tree keyed by numbers or strings: insert, delete,
// lookup, in-order iteration through the iterator protocol, range queries,
// rank/select and a structural invariant checker.

class AvlNode {
  constructor(key, value) {
    this.key = key;
    this.value = value;
    this.left = null;
    this.right = null;
    this.height = 1;
    this.size = 1;
  }
}

function h(n) { return n ? n.height : 0; }
function sz(n) { return n ? n.size : 0; }
function fix(n) {
  n.height = 1 + Math.max(h(n.left), h(n.right));
  n.size = 1 + sz(n.left) + sz(n.right);
  return n;
}
function rotateRight(n) { var l = n.left; n.left = l.right; l.right = fix(n); return fix(l); }
function rotateLeft(n) { var r = n.right; n.right = r.left; r.left = fix(n); return fix(r); }
function balance(n) {
  fix(n);
  var bf = h(n.left) - h(n.right);
  if (bf > 1) {
    if (h(n.left.left) < h(n.left.right)) n.left = rotateLeft(n.left);
    return rotateRight(n);
  }
  if (bf < -1) {
    if (h(n.right.right) < h(n.right.left)) n.right = rotateRight(n.right);
    return rotateLeft(n);
  }
  return n;
}

class AvlTree {
  constructor(compare) {
    this.root = null;
    this.compare = compare || function (a, b) { return a < b ? -1 : a > b ? 1 : 0; };
    this.rotations = 0;
  }
  get size() { return sz(this.root); }
  get height() { return h(this.root); }
  set(key, value) {
    var cmp = this.compare;
    function ins(n) {
      if (!n) return new AvlNode(key, value);
      var c = cmp(key, n.key);
      if (c < 0) n.left = ins(n.left);
      else if (c > 0) n.right = ins(n.right);
      else { n.value = value; return n; }
      return balance(n);
    }
    this.root = ins(this.root);
    return this;
  }
  get(key) {
    var n = this.root;
    while (n) {
      var c = this.compare(key, n.key);
      if (c === 0) return n.value;
      n = c < 0 ? n.left : n.right;
    }
    return undefined;
  }
  has(key) { return this.get(key) !== undefined; }
  delete(key) {
    var cmp = this.compare, found = false;
    function removeMin(n) {
      if (!n.left) return n.right;
      n.left = removeMin(n.left);
      return balance(n);
    }
    function min(n) { while (n.left) n = n.left; return n; }
    function del(n) {
      if (!n) return null;
      var c = cmp(key, n.key);
      if (c < 0) n.left = del(n.left);
      else if (c > 0) n.right = del(n.right);
      else {
        found = true;
        if (!n.left) return n.right;
        if (!n.right) return n.left;
        var m = min(n.right);
        m.right = removeMin(n.right);
        m.left = n.left;
        n = m;
      }
      return balance(n);
    }
    this.root = del(this.root);
    return found;
  }
  [Symbol.iterator]() {
    var stack = [], n = this.root;
    return {
      next: function () {
        while (n) { stack.push(n); n = n.left; }
        if (!stack.length) return { done: true, value: undefined };
        var top = stack.pop();
        n = top.right;
        return { done: false, value: [top.key, top.value] };
      }
    };
  }
  keys() { var out = []; for (var [k] of this) out.push(k); return out; }
  range(lo, hi) {
    var out = [], cmp = this.compare;
    (function walk(n) {
      if (!n) return;
      if (cmp(lo, n.key) < 0) walk(n.left);
      if (cmp(lo, n.key) <= 0 && cmp(n.key, hi) <= 0) out.push(n.key);
      if (cmp(n.key, hi) < 0) walk(n.right);
    })(this.root);
    return out;
  }
  rank(key) {
    var r = 0, n = this.root;
    while (n) {
      var c = this.compare(key, n.key);
      if (c <= 0) { if (c === 0) return r + sz(n.left); n = n.left; }
      else { r += sz(n.left) + 1; n = n.right; }
    }
    return r;
  }
  select(i) {
    var n = this.root;
    while (n) {
      var l = sz(n.left);
      if (i < l) n = n.left;
      else if (i === l) return n.key;
      else { i -= l + 1; n = n.right; }
    }
    return undefined;
  }
  check() {
    var cmp = this.compare;
    function walk(n, lo, hi) {
      if (!n) return 0;
      if (lo !== undefined && cmp(n.key, lo) <= 0) throw new Error("order violated at " + n.key);
      if (hi !== undefined && cmp(n.key, hi) >= 0) throw new Error("order violated at " + n.key);
      var lh = walk(n.left, lo, n.key), rh = walk(n.right, n.key, hi);
      if (Math.abs(lh - rh) > 1) throw new Error("unbalanced at " + n.key);
      if (n.height !== 1 + Math.max(lh, rh)) throw new Error("bad height at " + n.key);
      if (n.size !== 1 + sz(n.left) + sz(n.right)) throw new Error("bad size at " + n.key);
      return n.height;
    }
    return walk(this.root, undefined, undefined);
  }
}

var t = new AvlTree();
for (var i = 1; i <= 15; i++) t.set(i, "v" + i);
print(t.size + " " + t.height); // expect: 15 4
print(t.check()); // expect: 4
print(t.get(7) + " " + t.get(99)); // expect: v7 undefined
print(t.keys().join()); // expect: 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15
print(t.range(4, 9).join()); // expect: 4,5,6,7,8,9
print(t.rank(10) + " " + t.select(0) + " " + t.select(14)); // expect: 9 1 15
print(t.delete(8) + " " + t.delete(8)); // expect: true false
print(t.size + " " + t.check()); // expect: 14 4
t.set(3, "three");
print(t.get(3)); // expect: three

// Pseudo-random workload checked against a plain-object model.
var big = new AvlTree();
var model = {};
var seed = 2024;
function rnd(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
for (var k = 0; k < 3000; k++) {
  var key = rnd(1000);
  if (rnd(3) === 0) { var a = big.delete(key); var b = key in model; delete model[key]; if (a !== b) throw new Error("delete mismatch " + key); }
  else { big.set(key, k); model[key] = k; }
}
big.check();
var modelKeys = Object.keys(model).map(Number);
print(big.size === modelKeys.length); // expect: true
print(big.keys().join() === modelKeys.join()); // expect: true
var same = true;
for (var mk of modelKeys) if (big.get(mk) !== model[mk]) same = false;
print(same); // expect: true
print(big.height <= 1.45 * Math.log(big.size + 2) / Math.LN2); // expect: true
var ranksOk = true;
for (var q = 0; q < big.size; q += 37) if (big.rank(big.select(q)) !== q) ranksOk = false;
print(ranksOk); // expect: true

// String keys with a custom comparator (case-insensitive).
var words = new AvlTree(function (a, b) {
  a = a.toLowerCase(); b = b.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
});
"The quick brown fox jumps over the lazy dog THE END".split(" ").forEach(function (w, i) { words.set(w, i); });
print(words.keys().join(" ")); // expect: brown dog END fox jumps lazy over quick The
print(words.get("the")); // expect: 9
var pairs = [];
for (var [wk, wv] of words) if (wv > 5) pairs.push(wk + "=" + wv);
print(pairs.join(" ")); // expect: dog=8 END=10 lazy=7 The=9
