// Graph algorithms over an adjacency-list graph: BFS, DFS, topological
// sort, Dijkstra with a binary heap, connected components, cycle detection
// and minimum spanning tree (Kruskal with union-find).

class MinHeap {
  constructor(less) { this.items = []; this.less = less; }
  get size() { return this.items.length; }
  push(x) {
    var a = this.items;
    a.push(x);
    var i = a.length - 1;
    while (i > 0) {
      var parent = (i - 1) >> 1;
      if (!this.less(a[i], a[parent])) break;
      var t = a[i]; a[i] = a[parent]; a[parent] = t;
      i = parent;
    }
  }
  pop() {
    var a = this.items;
    var top = a[0];
    var last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      var i = 0;
      for (;;) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        var t = a[i]; a[i] = a[m]; a[m] = t;
        i = m;
      }
    }
    return top;
  }
}

class Graph {
  constructor(directed) { this.directed = directed; this.adj = {}; this.order = []; }
  addNode(n) { if (!(n in this.adj)) { this.adj[n] = []; this.order.push(n); } return this; }
  addEdge(a, b, w) {
    this.addNode(a).addNode(b);
    this.adj[a].push({ to: b, w: w === undefined ? 1 : w });
    if (!this.directed) this.adj[b].push({ to: a, w: w === undefined ? 1 : w });
    return this;
  }
  neighbors(n) { return this.adj[n].map(function (e) { return e.to; }); }
  edges() {
    var out = [];
    for (var n of this.order) for (var e of this.adj[n]) if (this.directed || n < e.to) out.push({ a: n, b: e.to, w: e.w });
    return out;
  }
}

function bfs(g, start) {
  var seen = {}, order = [], queue = [start];
  seen[start] = true;
  while (queue.length) {
    var n = queue.shift();
    order.push(n);
    for (var m of g.neighbors(n)) if (!seen[m]) { seen[m] = true; queue.push(m); }
  }
  return order;
}

function dfs(g, start) {
  var seen = {}, order = [];
  (function visit(n) {
    seen[n] = true;
    order.push(n);
    g.neighbors(n).forEach(function (m) { if (!seen[m]) visit(m); });
  })(start);
  return order;
}

function topoSort(g) {
  var state = {}, out = [];
  function visit(n) {
    if (state[n] === "done") return;
    if (state[n] === "active") throw new Error("cycle through " + n);
    state[n] = "active";
    for (var m of g.neighbors(n)) visit(m);
    state[n] = "done";
    out.unshift(n);
  }
  g.order.forEach(visit);
  return out;
}

function dijkstra(g, src) {
  var dist = {}, prev = {};
  g.order.forEach(function (n) { dist[n] = Infinity; });
  dist[src] = 0;
  var heap = new MinHeap(function (x, y) { return x.d < y.d; });
  heap.push({ n: src, d: 0 });
  while (heap.size) {
    var cur = heap.pop();
    if (cur.d > dist[cur.n]) continue;
    for (var e of g.adj[cur.n]) {
      var nd = cur.d + e.w;
      if (nd < dist[e.to]) { dist[e.to] = nd; prev[e.to] = cur.n; heap.push({ n: e.to, d: nd }); }
    }
  }
  return {
    dist: dist,
    path: function (to) {
      var p = [to];
      while (p[0] !== src) { if (!(p[0] in prev)) return null; p.unshift(prev[p[0]]); }
      return p;
    }
  };
}

function components(g) {
  var seen = {}, comps = [];
  for (var n of g.order) {
    if (seen[n]) continue;
    var comp = bfs(g, n);
    comp.forEach(function (m) { seen[m] = true; });
    comps.push(comp.sort());
  }
  return comps;
}

function kruskal(g) {
  var parent = {};
  function find(x) { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; }
  g.order.forEach(function (n) { parent[n] = n; });
  var edges = g.edges().sort(function (x, y) { return x.w - y.w || (x.a < y.a ? -1 : x.a > y.a ? 1 : 0); });
  var tree = [], total = 0;
  for (var e of edges) {
    var ra = find(e.a), rb = find(e.b);
    if (ra !== rb) { parent[ra] = rb; tree.push(e.a + e.b); total += e.w; }
  }
  return { edges: tree, total: total };
}

// --- an undirected weighted graph ---------------------------------------
var roads = new Graph(false);
[["A", "B", 7], ["A", "C", 9], ["A", "F", 14], ["B", "C", 10], ["B", "D", 15],
 ["C", "D", 11], ["C", "F", 2], ["D", "E", 6], ["E", "F", 9]].forEach(function (t) { roads.addEdge(t[0], t[1], t[2]); });
roads.addNode("Z");

print(bfs(roads, "A").join("")); // expect: ABCFDE
print(dfs(roads, "A").join("")); // expect: ABCDEF
var sp = dijkstra(roads, "A");
print(["B", "C", "D", "E", "F"].map(function (n) { return n + "=" + sp.dist[n]; }).join(" ")); // expect: B=7 C=9 D=20 E=20 F=11
print(sp.path("E").join(">")); // expect: A>C>F>E
print(sp.path("Z")); // expect: null
print(sp.dist.Z); // expect: Infinity
print(JSON.stringify(components(roads))); // expect: [["A","B","C","D","E","F"],["Z"]]
var mst = kruskal(roads);
print(mst.edges.join(" ") + " total=" + mst.total); // expect: CF DE AB AC EF total=33

// --- a directed acyclic graph: build order ------------------------------
var deps = new Graph(true);
deps.addEdge("parse", "compile").addEdge("lex", "parse").addEdge("compile", "link")
    .addEdge("atoms", "lex").addEdge("atoms", "compile").addEdge("heap", "atoms").addEdge("link", "test");
var order = topoSort(deps);
print(order.join(" ")); // expect: heap atoms lex parse compile link test
var pos = {};
order.forEach(function (n, i) { pos[n] = i; });
var consistent = deps.edges().every(function (e) { return pos[e.a] < pos[e.b]; });
print(consistent); // expect: true
deps.addEdge("test", "lex");
try { topoSort(deps); } catch (e) { print(e.message); } // expect: cycle through parse

// --- a larger generated graph: grid with deterministic weights ----------
var grid = new Graph(false);
var N = 30;
function id(r, c) { return "n" + (r * N + c); }
for (var r = 0; r < N; r++) {
  for (var c = 0; c < N; c++) {
    if (c + 1 < N) grid.addEdge(id(r, c), id(r, c + 1), 1 + (r * 7 + c * 3) % 5);
    if (r + 1 < N) grid.addEdge(id(r, c), id(r + 1, c), 1 + (r * 3 + c * 5) % 4);
  }
}
var gsp = dijkstra(grid, id(0, 0));
var far = gsp.dist[id(N - 1, N - 1)];
var path = gsp.path(id(N - 1, N - 1));
var check = 0;
for (var i = 1; i < path.length; i++) {
  var w = grid.adj[path[i - 1]].filter(function (e) { return e.to === path[i]; })[0].w;
  check += w;
}
print(check === far); // expect: true
print(path.length >= 2 * N - 1); // expect: true
print(bfs(grid, id(0, 0)).length); // expect: 900
print(kruskal(grid).edges.length); // expect: 899

var heap = new MinHeap(function (a, b) { return a < b; });
var seed = 7;
for (var k = 0; k < 500; k++) { seed = (seed * 16807) % 2147483647; heap.push(seed % 1000); }
var prevv = -1, sortedOk = true;
while (heap.size) { var v = heap.pop(); if (v < prevv) sortedOk = false; prevv = v; }
print(sortedOk); // expect: true
