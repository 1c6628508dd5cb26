// havlak — loop recognition (Havlak's algorithm, "Nesting of reducible and
// irreducible loops", TOPLAS 1997) on a generated control-flow graph, in the
// spirit of the Are-We-Fast-Yet / Hundt loop-recognition benchmark. Exercises
// arrays of objects, union-find, depth-first search and many small
// allocations. Written for tierlab from the algorithm's description.
//
// run() builds one CFG (TREES parallel chains of straight-line blocks, each
// holding BASE_LOOPS loops with two diamonds inside), finds its loop nesting
// forest ROUNDS times, and checks the loop count and the nesting depth.

var TREES = 5;
var CHAIN = 10;
var BASE_LOOPS = 5;
var ROUNDS = 3;
// Every chain element is one loop around BASE_LOOPS base loops of three loops
// each (outer, and one around each diamond); block 0 heads one more loop.
// The deepest nesting in this graph is 5 loops.
var EXPECTED = { loops: 1 + TREES * CHAIN * (1 + 3 * BASE_LOOPS), depth: 5 };

class BasicBlock {
  constructor(name) { this.name = name; this.inEdges = []; this.outEdges = []; }
}

class CFG {
  constructor() { this.blocks = []; this.start = null; }
  node(name) {
    while (this.blocks.length <= name) this.blocks.push(null);
    var b = this.blocks[name];
    if (b === null) {
      b = new BasicBlock(name);
      this.blocks[name] = b;
      if (this.start === null) this.start = b;
    }
    return b;
  }
  edge(from, to) {
    var a = this.node(from), b = this.node(to);
    a.outEdges.push(b);
    b.inEdges.push(a);
  }
}

// --- the CFG generator ------------------------------------------------------
function buildStraight(cfg, start, n) {
  for (var i = 0; i < n; i++) cfg.edge(start + i, start + i + 1);
  return start + n;
}
function buildDiamond(cfg, start) {
  cfg.edge(start, start + 1);
  cfg.edge(start, start + 2);
  cfg.edge(start + 1, start + 3);
  cfg.edge(start + 2, start + 3);
  return start + 3;
}
// header -> diamond -> straight -> diamond -> footer, with back edges making
// an inner loop around the second diamond, one around the first, and an
// outer one from the footer to `from`.
function buildBaseLoop(cfg, from) {
  var header = buildStraight(cfg, from, 1);
  var diamond1 = buildDiamond(cfg, header);
  var d11 = buildStraight(cfg, diamond1, 1);
  var diamond2 = buildDiamond(cfg, d11);
  var footer = buildStraight(cfg, diamond2, 1);
  cfg.edge(diamond2, d11);
  cfg.edge(diamond1, header);
  cfg.edge(footer, from);
  return buildStraight(cfg, footer, 1);
}

function buildCFG() {
  var cfg = new CFG();
  cfg.node(0);
  buildBaseLoop(cfg, 0);
  cfg.node(1);
  cfg.edge(0, 2);
  var n = 2;
  for (var t = 0; t < TREES; t++) {
    cfg.node(n + 1);
    cfg.edge(2, n + 1);
    n = n + 1;
    for (var i = 0; i < CHAIN; i++) {
      var top = n;
      n = buildStraight(cfg, n, 1);
      for (var j = 0; j < BASE_LOOPS; j++) n = buildBaseLoop(cfg, n);
      var bottom = buildStraight(cfg, n, 1);
      cfg.edge(n, top);
      n = bottom;
    }
    cfg.edge(n, 1);
  }
  return cfg;
}

// --- loops and union-find ---------------------------------------------------
class Loop {
  constructor(header, reducible) {
    this.header = header;
    this.reducible = reducible;
    this.parent = null;
    this.children = [];
    this.blocks = [];
  }
}

class UnionFindNode {
  constructor() { this.parent = this; this.block = null; this.dfs = 0; this.loop = null; }
  init(block, dfs) { this.parent = this; this.block = block; this.dfs = dfs; this.loop = null; }
  find() {
    var path = [];
    var node = this;
    while (node !== node.parent) {
      if (node.parent !== node.parent.parent) path.push(node);
      node = node.parent;
    }
    for (var i = 0; i < path.length; i++) path[i].parent = node.parent;   // path compression
    return node;
  }
  union(other) { this.parent = other; }
}

var TYPE_NONHEADER = 0, TYPE_REDUCIBLE = 1, TYPE_SELF = 2, TYPE_IRREDUCIBLE = 3, TYPE_DEAD = 4;
var UNVISITED = -1;

function findLoops(cfg) {
  var size = cfg.blocks.length;
  var number = [], last = [], nodes = [], header = [], type = [];
  var backPreds = [], nonBackPreds = [], mark = [];
  for (var i = 0; i < size; i++) {
    number.push(UNVISITED); last.push(0); nodes.push(new UnionFindNode());
    header.push(0); type.push(TYPE_NONHEADER);
    backPreds.push([]); nonBackPreds.push([]); mark.push(-1);
  }

  // depth-first numbering (iterative, so deep CFGs don't overflow the stack)
  var current = 0;
  var stackBlocks = [cfg.start], stackIdx = [0];
  number[cfg.start.name] = current;
  nodes[current].init(cfg.start, current);
  while (stackBlocks.length > 0) {
    var top = stackBlocks.length - 1;
    var b = stackBlocks[top];
    var k = stackIdx[top];
    if (k < b.outEdges.length) {
      stackIdx[top] = k + 1;
      var target = b.outEdges[k];
      if (number[target.name] === UNVISITED) {
        current++;
        number[target.name] = current;
        nodes[current].init(target, current);
        stackBlocks.push(target);
        stackIdx.push(0);
      }
    } else {
      last[number[b.name]] = current;
      stackBlocks.pop();
      stackIdx.pop();
    }
  }
  var visited = current + 1;

  function isAncestor(w, v) { return w <= v && v <= last[w]; }

  // classify predecessors as back and non-back
  for (var w = 0; w < size; w++) {
    if (w >= visited) { type[w] = TYPE_DEAD; continue; }
    var node = nodes[w].block;
    for (var e = 0; e < node.inEdges.length; e++) {
      var v = number[node.inEdges[e].name];
      if (v === UNVISITED) continue;
      if (isAncestor(w, v)) backPreds[w].push(v);
      else nonBackPreds[w].push(v);
    }
  }
  header[0] = 0;

  var loops = [];
  for (var w2 = visited - 1; w2 >= 0; w2--) {
    var nodePool = [];
    var nodeW = nodes[w2];
    var bp = backPreds[w2];
    for (var p = 0; p < bp.length; p++) {
      if (bp[p] !== w2) {
        var found = nodes[bp[p]].find();
        if (mark[found.dfs] !== w2) { mark[found.dfs] = w2; nodePool.push(found); }
      } else {
        type[w2] = TYPE_SELF;
      }
    }
    var workList = nodePool.slice();
    if (nodePool.length !== 0) type[w2] = TYPE_REDUCIBLE;
    var wi = 0;
    while (wi < workList.length) {
      var x = workList[wi++];
      var preds = nonBackPreds[x.dfs];
      for (var q = 0; q < preds.length; q++) {
        var ydash = nodes[preds[q]].find();
        if (!isAncestor(w2, ydash.dfs)) {
          type[w2] = TYPE_IRREDUCIBLE;
          if (nonBackPreds[w2].indexOf(ydash.dfs) < 0) nonBackPreds[w2].push(ydash.dfs);
        } else if (ydash.dfs !== w2 && mark[ydash.dfs] !== w2) {
          mark[ydash.dfs] = w2;
          workList.push(ydash);
          nodePool.push(ydash);
        }
      }
    }
    if (nodePool.length > 0 || type[w2] === TYPE_SELF) {
      var loop = new Loop(nodeW.block, type[w2] !== TYPE_IRREDUCIBLE);
      nodeW.loop = loop;
      for (var m = 0; m < nodePool.length; m++) {
        var member = nodePool[m];
        header[member.dfs] = w2;
        member.union(nodeW);
        if (member.loop !== null) { member.loop.parent = loop; loop.children.push(member.loop); }
        else loop.blocks.push(member.block);
      }
      loops.push(loop);
    }
  }
  return loops;
}

function maxDepth(loops) {
  var best = 0;
  for (var i = 0; i < loops.length; i++) {
    var d = 1;
    for (var l = loops[i].parent; l !== null; l = l.parent) d++;
    if (d > best) best = d;
  }
  return best;
}

function run() {
  var cfg = buildCFG();
  var loops, depth;
  for (var r = 0; r < ROUNDS; r++) {
    loops = findLoops(cfg);
    depth = maxDepth(loops);
    if (loops.length !== EXPECTED.loops || depth !== EXPECTED.depth)
      throw new Error("havlak: wrong result: " + loops.length + " loops, depth " + depth +
                      "; expected " + EXPECTED.loops + ", depth " + EXPECTED.depth);
  }
  return loops.length + "/" + depth;
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
  if (n > 0) log("havlak: " + result);
})();
