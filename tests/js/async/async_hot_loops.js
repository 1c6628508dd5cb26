// Async functions and for await in hot code (baseline code starts async
// functions, reads async iterators' results and pushes block scopes
// directly): many calls of one async function, awaits of values and
// promises, rejections caught in the function and by the caller, for
// await over arrays, sync and async iterators whose results have getters,
// are not objects, or whose next() throws, and per-iteration bindings
// captured across awaits.
async function double(x) { await null; return x * 2; }
async function sumDoubles(n) { var s = 0; for (var i = 0; i < n; i++) s += await double(i); return s; }
async function mayFail(i) { if (i % 3 === 0) throw new RangeError("f" + i); return i; }
async function collect(n) {
  var ok = 0, bad = [];
  for (var i = 0; i < n; i++) { try { ok += await mayFail(i); } catch (e) { bad.push(e.message); } }
  return ok + ":" + bad.join(",");
}
function asyncIter(results) {
  return { [Symbol.asyncIterator]() { var i = 0; return { next() { return Promise.resolve(results(i++)); } }; } };
}
async function forAwait(it) { var out = []; try { for await (var v of it) out.push(v); } catch (e) { out.push(e.name); } return out.join(","); }
async function main() {
  var tot = 0;
  for (var k = 0; k < 20; k++) tot += await sumDoubles(10);
  print(tot);
  print(await collect(10));
  print(await forAwait([1, Promise.resolve(2), 3]));
  print(await forAwait(asyncIter(function (i) { return i < 3 ? { value: "v" + i, done: false } : { done: true }; })));
  var g = 0;
  print(await forAwait(asyncIter(function (i) { return { get done() { return ++g > 2; }, get value() { return "g" + g; } }; })));
  print(await forAwait(asyncIter(function (i) { return i < 1 ? { value: 1, done: 0 } : 7; })));
  print(await forAwait({ [Symbol.asyncIterator]() { return { next() { throw new SyntaxError("n"); } }; } }));
  async function* agen() { for (let i = 0; i < 4; i++) { await null; yield () => i; } }
  var fs = [];
  for await (var f of agen()) fs.push(f);
  print(fs.map(function (f) { return f(); }).join(","));
  var rounds = [];
  for (var r = 0; r < 30; r++) rounds.push(await forAwait(asyncIter(function (i) { return i < 2 ? { value: i + r, done: false } : { done: true }; })));
  print(rounds[29], rounds.length);
}
main().then(function () { print("done"); }, function (e) { print("failed", e); });
// expect: 1800
// expect: 27:f0,f3,f6,f9
// expect: 1,2,3
// expect: v0,v1,v2
// expect: g1,g2
// expect: 1,TypeError
// expect: SyntaxError
// expect: 0,1,2,3
// expect: 29,30 30
// expect: done
