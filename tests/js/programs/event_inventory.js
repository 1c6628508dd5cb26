// An event-driven inventory: an emitter with on/once/off, listeners as
// closures, middleware chains, undo via command objects, and reports built
// from JSON snapshots.

function Emitter() {
  var handlers = {};
  var self = {
    on: function (name, fn) { (handlers[name] = handlers[name] || []).push({ fn: fn, once: false }); return self; },
    once: function (name, fn) { (handlers[name] = handlers[name] || []).push({ fn: fn, once: true }); return self; },
    off: function (name, fn) {
      if (!handlers[name]) return self;
      handlers[name] = handlers[name].filter(function (h) { return h.fn !== fn; });
      return self;
    },
    emit: function (name) {
      var args = Array.prototype.slice.call(arguments, 1);
      var list = (handlers[name] || []).slice();
      handlers[name] = (handlers[name] || []).filter(function (h) { return !h.once; });
      list.forEach(function (h) { h.fn.apply(self, args); });
      return list.length;
    },
    count: function (name) { return (handlers[name] || []).length; }
  };
  return self;
}

class Inventory {
  constructor() {
    this.items = {};
    this.events = Emitter();
    this.middleware = [];
    this.undoStack = [];
  }
  use(fn) { this.middleware.push(fn); return this; }
  dispatch(cmd) {
    var chain = this.middleware.slice();
    var self = this;
    function next(c) {
      var m = chain.shift();
      return m ? m(c, next) : self.apply(c);
    }
    return next(cmd);
  }
  apply(cmd) {
    var item = this.items[cmd.sku];
    switch (cmd.type) {
      case "add":
        if (!item) item = this.items[cmd.sku] = { sku: cmd.sku, qty: 0, price: cmd.price || 0 };
        item.qty += cmd.qty;
        this.undoStack.push({ type: "remove", sku: cmd.sku, qty: cmd.qty });
        this.events.emit("changed", cmd.sku, item.qty);
        break;
      case "remove":
        if (!item || item.qty < cmd.qty) {
          this.events.emit("error", "cannot remove " + cmd.qty + " of " + cmd.sku);
          return false;
        }
        item.qty -= cmd.qty;
        this.undoStack.push({ type: "add", sku: cmd.sku, qty: cmd.qty });
        this.events.emit("changed", cmd.sku, item.qty);
        if (item.qty === 0) this.events.emit("empty", cmd.sku);
        break;
      case "price": {
        var old = item.price;
        item.price = cmd.price;
        this.undoStack.push({ type: "price", sku: cmd.sku, price: old });
        break;
      }
      default:
        throw new TypeError("unknown command " + cmd.type);
    }
    return true;
  }
  undo() {
    var cmd = this.undoStack.pop();
    if (!cmd) return false;
    this.apply(cmd);
    this.undoStack.pop(); // undoing must not itself be undoable
    return true;
  }
  value() {
    var total = 0;
    for (var k in this.items) total += this.items[k].qty * this.items[k].price;
    return total;
  }
  snapshot() { return JSON.stringify(this.items); }
}

var inv = new Inventory();
var log = [];
var changes = 0;
inv.events.on("changed", function (sku, qty) { changes++; log.push(sku + "=" + qty); });
inv.events.on("error", function (msg) { log.push("ERR " + msg); });
inv.events.once("empty", function (sku) { log.push("first empty: " + sku); });
inv.events.on("empty", function (sku) { log.push("empty " + sku); });

var audit = [];
inv.use(function (cmd, next) { audit.push(cmd.type + ":" + cmd.sku); return next(cmd); });
inv.use(function (cmd, next) {
  if (cmd.qty !== undefined && (cmd.qty <= 0 || cmd.qty !== Math.floor(cmd.qty))) {
    inv.events.emit("error", "bad quantity " + cmd.qty);
    return false;
  }
  return next(cmd);
});

inv.dispatch({ type: "add", sku: "bolt", qty: 100, price: 3 });
inv.dispatch({ type: "add", sku: "nut", qty: 50, price: 2 });
inv.dispatch({ type: "add", sku: "gear", qty: 5, price: 40 });
print(inv.value()); // expect: 600
print(inv.dispatch({ type: "remove", sku: "gear", qty: 5 })); // expect: true
print(inv.dispatch({ type: "remove", sku: "nut", qty: 60 })); // expect: false
print(inv.dispatch({ type: "add", sku: "nut", qty: 1.5 })); // expect: false
inv.dispatch({ type: "add", sku: "gear", qty: 1 });
inv.dispatch({ type: "remove", sku: "gear", qty: 1 });
inv.dispatch({ type: "price", sku: "bolt", price: 4 });
print(inv.value()); // expect: 500
print(log.join("; ")); // expect: bolt=100; nut=50; gear=5; gear=0; first empty: gear; empty gear; ERR cannot remove 60 of nut; ERR bad quantity 1.5; gear=1; gear=0; empty gear
print(audit.length); // expect: 9
print(inv.events.count("empty")); // expect: 1

var before = inv.snapshot();
inv.dispatch({ type: "remove", sku: "bolt", qty: 10 });
inv.dispatch({ type: "price", sku: "nut", price: 10 });
print(inv.value()); // expect: 860
print(inv.undo() && inv.undo()); // expect: true
print(inv.snapshot() === before); // expect: true
print(inv.value()); // expect: 500

var undone = 0;
while (inv.undo()) undone++;
print(undone); // expect: 7
print(inv.value()); // expect: 0
print(JSON.stringify(inv.items)); // expect: {"bolt":{"sku":"bolt","qty":0,"price":3},"nut":{"sku":"nut","qty":0,"price":2},"gear":{"sku":"gear","qty":0,"price":40}}

try { inv.dispatch({ type: "explode", sku: "bolt" }); }
catch (e) { print(e.name + ": " + e.message); } // expect: TypeError: unknown command explode

// Listeners that remove themselves and emit recursively.
var em = Emitter();
var trail = [];
function selfRemoving(n) { trail.push("sr" + n); em.off("tick", selfRemoving); }
em.on("tick", selfRemoving);
em.on("tick", function (n) { trail.push("t" + n); if (n < 3) em.emit("tick", n + 1); });
em.emit("tick", 1);
print(trail.join(",")); // expect: sr1,t1,t2,t3
print(em.count("tick")); // expect: 1

// A debounced counter built from closures over shared state.
function makeBatcher(size, flush) {
  var buf = [];
  return {
    push: function (x) { buf.push(x); if (buf.length === size) { flush(buf); buf = []; } },
    drain: function () { if (buf.length) flush(buf); buf = []; }
  };
}
var batches = [];
var b = makeBatcher(4, function (items) { batches.push(items.join("")); });
"abcdefghij".split("").forEach(b.push);
b.drain();
print(batches.join("|")); // expect: abcd|efgh|ij
