// deltablue — an incremental one-way constraint solver (after the DeltaBlue
// algorithm of Freeman-Benson, Maloney and Borning). Variables are linked by
// constraints of different strengths; the planner keeps a "walkabout
// strength" per variable and re-plans incrementally when constraints are
// added or removed. Exercises class hierarchies with virtual dispatch,
// small arrays used as collections and many short-lived objects.
// Written for tierlab from the algorithm's description.
//
// run() performs ROUNDS of the two classic workloads (a chain of equality
// constraints and a projection through scale constraints); each checks its
// own results and throws on a wrong answer.

var ROUNDS = 50;
var CHAIN_LENGTH = 100;
var PROJECTION_SIZE = 100;

// --- strengths ----------------------------------------------------------------
// Smaller number = stronger. REQUIRED constraints must always hold.
var REQUIRED = 0, STRONG_PREFERRED = 1, PREFERRED = 2, STRONG_DEFAULT = 3,
    NORMAL = 4, WEAK_DEFAULT = 5, WEAKEST = 6;

function stronger(a, b) { return a < b; }
function weaker(a, b) { return a > b; }
function weakestOf(a, b) { return weaker(a, b) ? a : b; }
function nextWeaker(s) {
  if (s >= WEAKEST) throw new RangeError("no strength weaker than WEAKEST");
  return s + 1;
}

var FORWARD = 1, BACKWARD = -1, NONE = 0;

var planner = null;

// --- variables ----------------------------------------------------------------
class Variable {
  constructor(name, value) {
    this.name = name;
    this.value = value === undefined ? 0 : value;
    this.constraints = [];
    this.determinedBy = null;
    this.mark = 0;
    this.walkStrength = WEAKEST;
    this.stay = true;
  }
  addConstraint(c) { this.constraints.push(c); }
  removeConstraint(c) {
    var kept = [];
    for (var i = 0; i < this.constraints.length; i++) if (this.constraints[i] !== c) kept.push(this.constraints[i]);
    this.constraints = kept;
    if (this.determinedBy === c) this.determinedBy = null;
  }
}

// --- constraints --------------------------------------------------------------
class Constraint {
  constructor(strength) { this.strength = strength; }
  // Subclasses finish their own fields, then call install().
  install() {
    this.addToGraph();
    planner.incrementalAdd(this);
  }
  // Try to satisfy this constraint; returns the constraint it overrode, if any.
  satisfy(mark) {
    this.chooseMethod(mark);
    if (!this.isSatisfied()) {
      if (this.strength === REQUIRED) throw new Error("could not satisfy a required constraint");
      return null;
    }
    this.markInputs(mark);
    var out = this.output();
    var overridden = out.determinedBy;
    if (overridden !== null) overridden.markUnsatisfied();
    out.determinedBy = this;
    if (!planner.addPropagate(this, mark)) throw new Error("cycle encountered");
    out.mark = mark;
    return overridden;
  }
  destroy() {
    if (this.isSatisfied()) planner.incrementalRemove(this);
    else this.removeFromGraph();
  }
  isInput() { return false; }
}

class UnaryConstraint extends Constraint {
  constructor(v, strength) {
    super(strength);
    this.myOutput = v;
    this.satisfied = false;
  }
  addToGraph() { this.myOutput.addConstraint(this); this.satisfied = false; }
  chooseMethod(mark) {
    this.satisfied = this.myOutput.mark !== mark && stronger(this.strength, this.myOutput.walkStrength);
  }
  isSatisfied() { return this.satisfied; }
  markInputs(mark) {}
  output() { return this.myOutput; }
  recalculate() {
    this.myOutput.walkStrength = this.strength;
    this.myOutput.stay = !this.isInput();
    if (this.myOutput.stay) this.execute();
  }
  markUnsatisfied() { this.satisfied = false; }
  inputsKnown(mark) { return true; }
  removeFromGraph() {
    if (this.myOutput !== null) this.myOutput.removeConstraint(this);
    this.satisfied = false;
  }
}

// A stay constraint keeps its variable's value unchanged.
class StayConstraint extends UnaryConstraint {
  constructor(v, strength) { super(v, strength); this.install(); }
  execute() {}
}

// An edit constraint marks a variable the user is changing.
class EditConstraint extends UnaryConstraint {
  constructor(v, strength) { super(v, strength); this.install(); }
  isInput() { return true; }
  execute() {}
}

class BinaryConstraint extends Constraint {
  constructor(v1, v2, strength) {
    super(strength);
    this.v1 = v1;
    this.v2 = v2;
    this.direction = NONE;
  }
  // Pick the direction in which this constraint can be enforced, if any.
  chooseMethod(mark) {
    if (this.v1.mark === mark) {
      this.direction = this.v2.mark !== mark && stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
      return;
    }
    if (this.v2.mark === mark) {
      this.direction = this.v1.mark !== mark && stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
      return;
    }
    if (weaker(this.v1.walkStrength, this.v2.walkStrength))
      this.direction = stronger(this.strength, this.v1.walkStrength) ? BACKWARD : NONE;
    else
      this.direction = stronger(this.strength, this.v2.walkStrength) ? FORWARD : NONE;
  }
  addToGraph() {
    this.v1.addConstraint(this);
    this.v2.addConstraint(this);
    this.direction = NONE;
  }
  isSatisfied() { return this.direction !== NONE; }
  markInputs(mark) { this.input().mark = mark; }
  input() { return this.direction === FORWARD ? this.v1 : this.v2; }
  output() { return this.direction === FORWARD ? this.v2 : this.v1; }
  recalculate() {
    var ihn = this.input(), out = this.output();
    out.walkStrength = weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay;
    if (out.stay) this.execute();
  }
  markUnsatisfied() { this.direction = NONE; }
  inputsKnown(mark) {
    var i = this.input();
    return i.mark === mark || i.stay || i.determinedBy === null;
  }
  removeFromGraph() {
    if (this.v1 !== null) this.v1.removeConstraint(this);
    if (this.v2 !== null) this.v2.removeConstraint(this);
    this.direction = NONE;
  }
}

// dest = src * scale + offset, enforceable in both directions.
class ScaleConstraint extends BinaryConstraint {
  constructor(src, scale, offset, dest, strength) {
    super(src, dest, strength);
    this.scale = scale;
    this.offset = offset;
    this.install();
  }
  addToGraph() {
    super.addToGraph();
    this.scale.addConstraint(this);
    this.offset.addConstraint(this);
  }
  removeFromGraph() {
    super.removeFromGraph();
    if (this.scale !== null) this.scale.removeConstraint(this);
    if (this.offset !== null) this.offset.removeConstraint(this);
  }
  markInputs(mark) {
    super.markInputs(mark);
    this.scale.mark = this.offset.mark = mark;
  }
  execute() {
    if (this.direction === FORWARD) this.v2.value = this.v1.value * this.scale.value + this.offset.value;
    else this.v1.value = (this.v2.value - this.offset.value) / this.scale.value;
  }
  recalculate() {
    var ihn = this.input(), out = this.output();
    out.walkStrength = weakestOf(this.strength, ihn.walkStrength);
    out.stay = ihn.stay && this.scale.stay && this.offset.stay;
    if (out.stay) this.execute();
  }
}

class EqualityConstraint extends BinaryConstraint {
  constructor(v1, v2, strength) { super(v1, v2, strength); this.install(); }
  execute() { this.output().value = this.input().value; }
}

// --- planner ------------------------------------------------------------------
class Plan {
  constructor() { this.steps = []; }
  add(c) { this.steps.push(c); }
  execute() { for (var i = 0; i < this.steps.length; i++) this.steps[i].execute(); }
}

class Planner {
  constructor() { this.currentMark = 0; }
  newMark() { return ++this.currentMark; }
  incrementalAdd(c) {
    var mark = this.newMark();
    var overridden = c.satisfy(mark);
    while (overridden !== null) overridden = overridden.satisfy(mark);
  }
  incrementalRemove(c) {
    var out = c.output();
    c.markUnsatisfied();
    c.removeFromGraph();
    var unsatisfied = this.removePropagateFrom(out);
    // Re-satisfy what became unsatisfied, strongest first.
    for (var s = REQUIRED; s < WEAKEST; s = nextWeaker(s)) {
      for (var i = 0; i < unsatisfied.length; i++) if (unsatisfied[i].strength === s) this.incrementalAdd(unsatisfied[i]);
    }
  }
  makePlan(sources) {
    var mark = this.newMark();
    var plan = new Plan();
    var todo = sources.slice();
    while (todo.length > 0) {
      var c = todo.shift();
      if (c.output().mark !== mark && c.inputsKnown(mark)) {
        plan.add(c);
        c.output().mark = mark;
        this.addConstraintsConsumingTo(c.output(), todo);
      }
    }
    return plan;
  }
  extractPlanFromConstraints(constraints) {
    var sources = [];
    for (var i = 0; i < constraints.length; i++) {
      var c = constraints[i];
      if (c.isInput() && c.isSatisfied()) sources.push(c);
    }
    return this.makePlan(sources);
  }
  // Recompute walkabout strengths downstream of c; false on a cycle.
  addPropagate(c, mark) {
    var todo = [c];
    while (todo.length > 0) {
      var d = todo.pop();
      if (d.output().mark === mark) {
        this.incrementalRemove(c);
        return false;
      }
      d.recalculate();
      this.addConstraintsConsumingTo(d.output(), todo);
    }
    return true;
  }
  removePropagateFrom(out) {
    out.determinedBy = null;
    out.walkStrength = WEAKEST;
    out.stay = true;
    var unsatisfied = [];
    var todo = [out];
    while (todo.length > 0) {
      var v = todo.pop();
      for (var i = 0; i < v.constraints.length; i++) {
        var c = v.constraints[i];
        if (!c.isSatisfied()) unsatisfied.push(c);
      }
      var determining = v.determinedBy;
      for (var j = 0; j < v.constraints.length; j++) {
        var next = v.constraints[j];
        if (next !== determining && next.isSatisfied()) {
          next.recalculate();
          todo.push(next.output());
        }
      }
    }
    return unsatisfied;
  }
  addConstraintsConsumingTo(v, coll) {
    var determining = v.determinedBy;
    for (var i = 0; i < v.constraints.length; i++) {
      var c = v.constraints[i];
      if (c !== determining && c.isSatisfied()) coll.push(c);
    }
  }
}

// --- workloads ----------------------------------------------------------------
// A chain v0 = v1 = ... = vn; editing v0 must propagate to vn.
function chainTest(n) {
  planner = new Planner();
  var prev = null, first = null, last = null;
  for (var i = 0; i <= n; i++) {
    var v = new Variable("v" + i);
    if (prev !== null) new EqualityConstraint(prev, v, REQUIRED);
    if (i === 0) first = v;
    if (i === n) last = v;
    prev = v;
  }
  new StayConstraint(last, STRONG_DEFAULT);
  var edit = new EditConstraint(first, PREFERRED);
  var plan = planner.extractPlanFromConstraints([edit]);
  var sum = 0;
  for (var k = 0; k < 100; k++) {
    first.value = k;
    plan.execute();
    if (last.value !== k) throw new Error("deltablue: chain test failed at " + k + ": " + last.value);
    sum += last.value;
  }
  edit.destroy();
  return sum;
}

function change(v, newValue) {
  var edit = new EditConstraint(v, PREFERRED);
  var plan = planner.extractPlanFromConstraints([edit]);
  for (var i = 0; i < 10; i++) {
    v.value = newValue;
    plan.execute();
  }
  edit.destroy();
}

// n pairs dst_i = src_i * scale + offset; edit src, dst, scale and offset.
function projectionTest(n) {
  planner = new Planner();
  var scale = new Variable("scale", 10);
  var offset = new Variable("offset", 1000);
  var src = null, dst = null;
  var dests = [];
  for (var i = 0; i < n; i++) {
    src = new Variable("src" + i, i);
    dst = new Variable("dst" + i, i);
    dests.push(dst);
    new StayConstraint(src, NORMAL);
    new ScaleConstraint(src, scale, offset, dst, REQUIRED);
  }
  change(src, 17);
  if (dst.value !== 1170) throw new Error("deltablue: projection 1 failed: " + dst.value);
  change(dst, 1050);
  if (src.value !== 5) throw new Error("deltablue: projection 2 failed: " + src.value);
  change(scale, 5);
  for (var j = 0; j < n - 1; j++)
    if (dests[j].value !== j * 5 + 1000) throw new Error("deltablue: projection 3 failed at " + j);
  change(offset, 2000);
  for (var k = 0; k < n - 1; k++)
    if (dests[k].value !== k * 5 + 2000) throw new Error("deltablue: projection 4 failed at " + k);
  return dests[n - 2].value;
}

function run() {
  var check = 0;
  for (var r = 0; r < ROUNDS; r++) {
    check += chainTest(CHAIN_LENGTH);
    check += projectionTest(PROJECTION_SIZE);
  }
  var expected = ROUNDS * (4950 + (PROJECTION_SIZE - 2) * 5 + 2000);
  if (check !== expected) throw new Error("deltablue: checksum " + check + ", expected " + expected);
  return check;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
// Under the bench protocol (tierlab --bench-iterations, node_bench.js) the
// driver calls run() itself and sets __bench first.
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("deltablue: " + result);
})();
