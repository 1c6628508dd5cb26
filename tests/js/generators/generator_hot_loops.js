// Generators and async functions suspending and finishing in hot code
// (baseline code runs YIELD, AWAIT and the generator's return directly,
// with the interpreter's return to the resumer): for-of consumers,
// next() / return() / throw() called directly, finally blocks, a
// generator resumed from inside another (yield*), async generators with
// queued requests, awaits in loops, and iterator closing by destructuring.
function* range(n) { try { for (var i = 0; i < n; i++) yield i; } finally { closed++; } }
var closed = 0;
function consume(n) { var s = 0; for (var v of range(n)) s += v; return s; }
var tot = 0;
for (var k = 0; k < 30; k++) tot += consume(10);
print(tot, closed);
function firstTwo() { var [a, b] = range(100); return a + b; }
var ft = 0;
for (var k = 0; k < 10; k++) ft += firstTwo();
print(ft, closed);
function manual() {
  var out = [];
  for (var k = 0; k < 5; k++) {
    var g = range(3);
    out.push(g.next().value, g.next().value);
    out.push(JSON.stringify(g.return(42)), JSON.stringify(g.next()));
  }
  return out.slice(0, 4).join(" ");
}
print(manual(), closed);
function* catcher() { var caught = 0; while (true) { try { yield caught; } catch (e) { caught++; } } }
function throwInto() { var g = catcher(); g.next(); var r; for (var i = 0; i < 20; i++) r = g.throw(new Error("x")).value; return r; }
print(throwInto());
function* inner() { yield 1; yield 2; return "r"; }
function* outer() { var r = yield* inner(); yield r; }
function delegate() { var out = []; for (var k = 0; k < 5; k++) for (var v of outer()) out.push(v); return out.slice(0, 3).join(); }
print(delegate());
function* fib() { var a = 0, b = 1; while (true) { yield a; [a, b] = [b, a + b]; } }
function fibN(n) { var i = 0, last; for (var v of fib()) { if (i++ === n) { last = v; break; } } return last; }
print(fibN(40));
async function* ticks(n) { for (var i = 0; i < n; i++) { await null; yield i; } }
async function* quick(n) { for (var i = 0; i < n; i++) yield i * 2; }
async function main() {
  var s = 0;
  for (var k = 0; k < 20; k++) for await (var v of ticks(5)) s += v;
  print(s);
  var q = quick(4);
  var ps = [q.next(), q.next(), q.next(), q.next(), q.next()];
  print((await Promise.all(ps)).map(function (r) { return r.done ? "done" : r.value; }).join());
  async function add(a, b) { await null; await null; return a + b; }
  var t = 0;
  for (var i = 0; i < 100; i++) t = await add(t, i);
  print(t);
  async function failLater(i) { await null; if (i % 2) throw new TypeError("odd" + i); return i; }
  var r = [];
  for (var i = 0; i < 6; i++) { try { r.push(await failLater(i)); } catch (e) { r.push(e.message); } }
  print(r.join());
}
main().then(function () { print("end"); });
// expect: 1350 30
// expect: 10 40
// expect: 0 1 {"value":42,"done":true} {"done":true} 45
// expect: 20
// expect: 1,2,r
// expect: 102334155
// expect: 200
// expect: 0,2,4,6,done
// expect: 4950
// expect: 0,odd1,2,odd3,4,odd5
// expect: end
