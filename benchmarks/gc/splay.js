// splay.js -- GC benchmark: a large splay tree (the live set) under insert /
// remove churn.  Every operation splays (rewrites pointers in old nodes, so
// the write barrier matters) and every inserted node carries a small payload
// object that becomes garbage when the node is removed.  Our own top-down
// splay tree, written from Sleator & Tarjan's description.
var NAME = "splay";
var TREE_SIZE = 10000, OPS = 20000, PAYLOAD_DEPTH = 3;

function SplayNode(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; }

function SplayTree() { this.root = null; this.size = 0; }

// Top-down splay: afterwards the root is the node with `key`, or the last
// node on the search path.
SplayTree.prototype.splay = function (key) {
  if (this.root === null) return;
  var header = new SplayNode(0, null), l = header, r = header, t = this.root;
  for (;;) {
    if (key < t.key) {
      if (t.left === null) break;
      if (key < t.left.key) {
        var y = t.left; t.left = y.right; y.right = t; t = y;   // rotate right
        if (t.left === null) break;
      }
      r.left = t; r = t; t = t.left;                             // link right
    } else if (key > t.key) {
      if (t.right === null) break;
      if (key > t.right.key) {
        var z = t.right; t.right = z.left; z.left = t; t = z;   // rotate left
        if (t.right === null) break;
      }
      l.right = t; l = t; t = t.right;                           // link left
    } else break;
  }
  l.right = t.left; r.left = t.right; t.left = header.right; t.right = header.left;
  this.root = t;
};

SplayTree.prototype.insert = function (key, value) {
  if (this.root === null) { this.root = new SplayNode(key, value); this.size = 1; return true; }
  this.splay(key);
  if (this.root.key === key) return false;
  var n = new SplayNode(key, value);
  if (key > this.root.key) { n.left = this.root; n.right = this.root.right; this.root.right = null; }
  else { n.right = this.root; n.left = this.root.left; this.root.left = null; }
  this.root = n;
  this.size++;
  return true;
};

SplayTree.prototype.remove = function (key) {
  if (this.root === null) return false;
  this.splay(key);
  if (this.root.key !== key) return false;
  var removed = this.root;
  if (removed.left === null) this.root = removed.right;
  else { var right = removed.right; this.root = removed.left; this.splay(key); this.root.right = right; }
  this.size--;
  return true;
};

SplayTree.prototype.max = function () {
  var n = this.root; if (n === null) return null;
  while (n.right !== null) n = n.right;
  return n;
};

function payload(key, depth) {
  if (depth === 0) return { key: key, tag: "leaf" + (key & 7) };
  return { key: key, array: [depth, key, depth * key], left: payload(key, depth - 1), right: payload(key + 1, depth - 1) };
}

var seed = 49734321;
function random() {   // a small LCG so every engine does the same work
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

var tree = null, keys = null, oldest = 0;   // keys: ring of live keys, oldest first

function insertNew() {
  for (;;) {
    var key = Math.floor(random() * 1e9);
    if (tree.insert(key, payload(key, PAYLOAD_DEPTH))) return key;
  }
}

function run() {
  if (tree === null) {
    tree = new SplayTree();
    keys = new Array(TREE_SIZE);
    for (var i = 0; i < TREE_SIZE; i++) keys[i] = insertNew();
  }
  for (var j = 0; j < OPS; j++) {
    var k = keys[oldest];                        // remove the oldest node, insert a fresh one
    if (!tree.remove(k)) throw new Error("splay: cannot remove " + k);
    keys[oldest] = insertNew();
    oldest = (oldest + 1) % TREE_SIZE;
  }
  if (tree.size !== TREE_SIZE) throw new Error("splay: size " + tree.size + ", expected " + TREE_SIZE);
  // in-order walk: keys strictly increasing, payloads intact
  var stack = [], n = tree.root, last = -1, count = 0;
  while (stack.length > 0 || n !== null) {
    if (n !== null) { stack.push(n); n = n.left; continue; }
    n = stack.pop();
    if (n.key <= last || n.value.key !== n.key) throw new Error("splay: tree corrupted at " + n.key);
    last = n.key; count++;
    n = n.right;
  }
  if (count !== TREE_SIZE) throw new Error("splay: walked " + count + " nodes");
  return count;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log(NAME + ": " + result);
})();
