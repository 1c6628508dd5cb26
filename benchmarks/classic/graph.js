// graph — Map and Set: graph algorithms over string-keyed adjacency Sets.
// Written for tierlab.
//
// run() builds a seeded random graph of NODES nodes named "n<i>" (a Map from
// name to a Set of neighbour names, undirected) plus a random DAG, then:
//   * connected components by breadth-first search (a Set of visited names),
//     checked against a union-find over integer indices;
//   * BFS distances from one source (a Map), checked edge by edge: every
//     edge's ends differ by at most one level, and every reached node but
//     the source has a neighbour one level closer;
//   * Kahn's topological sort of the DAG (a Map of in-degrees, a Set of
//     ready nodes), checked: every edge goes forward in the order;
//   * deletion: removes every third node from the Map and its Sets and
//     checks the sizes; iteration order of Map/Set is insertion order.

var NODES = 5000;
var EDGES = 7200;
var DAG_EDGES = 10000;

function Rng(seed) { this.s = seed; }
Rng.prototype.next = function (n) {
  this.s = (this.s * 1103515245 + 12345) % 2147483648;
  return this.s % n;
};

function name(i) { return "n" + i; }

function buildGraph(rng, uf) {
  var g = new Map();
  for (var i = 0; i < NODES; i++) g.set(name(i), new Set());
  var edges = 0;
  for (var e = 0; e < EDGES; e++) {
    var a = rng.next(NODES), b = rng.next(NODES);
    if (a === b) continue;
    var sa = g.get(name(a));
    if (!sa.has(name(b))) edges++;
    sa.add(name(b));
    g.get(name(b)).add(name(a));
    union(uf, a, b);
  }
  return { g: g, edges: edges };
}

function find(uf, x) {
  while (uf[x] !== x) { uf[x] = uf[uf[x]]; x = uf[x]; }
  return x;
}
function union(uf, a, b) {
  var ra = find(uf, a), rb = find(uf, b);
  if (ra !== rb) uf[ra] = rb;
}

function components(g) {
  var seen = new Set(), count = 0;
  for (var start of g.keys()) {
    if (seen.has(start)) continue;
    count++;
    var queue = [start];
    seen.add(start);
    for (var qi = 0; qi < queue.length; qi++) {
      for (var nb of g.get(queue[qi])) {
        if (!seen.has(nb)) { seen.add(nb); queue.push(nb); }
      }
    }
  }
  if (seen.size !== g.size) throw new Error("graph: visited " + seen.size + " of " + g.size);
  return count;
}

function bfs(g, src) {
  var dist = new Map([[src, 0]]);
  var queue = [src];
  for (var qi = 0; qi < queue.length; qi++) {
    var u = queue[qi], du = dist.get(u);
    g.get(u).forEach(function (v) {
      if (!dist.has(v)) { dist.set(v, du + 1); queue.push(v); }
    });
  }
  return dist;
}

function checkBfs(g, dist, src) {
  for (var [u, du] of dist) {
    var closer = u === src;
    for (var v of g.get(u)) {
      var dv = dist.get(v);
      if (dv === undefined || Math.abs(dv - du) > 1) throw new Error("graph: bad distance on " + u + "-" + v);
      if (dv === du - 1) closer = true;
    }
    if (!closer) throw new Error("graph: " + u + " has no parent");
  }
}

function topoSort(rng) {
  var succ = new Map(), indeg = new Map(), edges = [];
  for (var i = 0; i < NODES; i++) { succ.set(i, new Set()); indeg.set(i, 0); }
  for (var e = 0; e < DAG_EDGES; e++) {
    var a = rng.next(NODES), b = rng.next(NODES);
    if (a === b) continue;
    var lo = Math.min(a, b), hi = Math.max(a, b);
    // a hidden order: i before j when (i * 7919) % NODES ranks earlier
    var ka = (lo * 7919) % NODES, kb = (hi * 7919) % NODES;
    var from = ka < kb ? lo : hi, to = ka < kb ? hi : lo;
    if (succ.get(from).has(to)) continue;
    succ.get(from).add(to);
    indeg.set(to, indeg.get(to) + 1);
    edges.push([from, to]);
  }
  var ready = new Set();
  for (var [n, d] of indeg) if (d === 0) ready.add(n);
  var order = [];
  while (ready.size > 0) {
    var it = ready.values().next().value;
    ready.delete(it);
    order.push(it);
    for (var s of succ.get(it)) {
      var nd = indeg.get(s) - 1;
      indeg.set(s, nd);
      if (nd === 0) ready.add(s);
    }
  }
  if (order.length !== NODES) throw new Error("graph: topological order has " + order.length + " nodes");
  var pos = new Map();
  order.forEach(function (n, i) { pos.set(n, i); });
  for (var k = 0; k < edges.length; k++)
    if (pos.get(edges[k][0]) >= pos.get(edges[k][1])) throw new Error("graph: edge goes backwards");
  return edges.length;
}

function prune(g) {
  var removed = 0;
  for (var i = 0; i < NODES; i += 3) {
    var n = name(i);
    for (var nb of g.get(n)) g.get(nb).delete(n);
    g.delete(n);
    removed++;
  }
  var half = 0;
  for (var s of g.values()) half += s.size;
  var expectNodes = NODES - removed;
  if (g.size !== expectNodes || half % 2 !== 0) throw new Error("graph: prune left " + g.size + " nodes");
  var keys = Array.from(g.keys());
  if (keys[0] !== "n1" || keys[1] !== "n2" || keys[2] !== "n4") throw new Error("graph: Map order " + keys.slice(0, 3));
  return half / 2;
}

function run() {
  var rng = new Rng(7);
  var uf = [];
  for (var i = 0; i < NODES; i++) uf.push(i);
  var built = buildGraph(rng, uf);
  var g = built.g;
  var roots = new Set();
  for (var j = 0; j < NODES; j++) roots.add(find(uf, j));
  var comps = components(g);
  if (comps !== roots.size) throw new Error("graph: " + comps + " components, union-find says " + roots.size);
  var dist = bfs(g, "n0");
  checkBfs(g, dist, "n0");
  var dagEdges = topoSort(rng);
  var left = prune(g);
  return comps + dist.size + dagEdges + left;
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
  if (n > 0) log("graph: " + result);
})();
