// node: skip (node 20 has no Array.fromAsync; expectations from ECMA-262 23.1.2.2 (ES2026), reviewed by hand)
// Everything up to the first Await runs inside the call (AsyncFunctionStart);
// each value is awaited, and then its mapped value, before the next step.
const log = [];
let release;
const source = {
  get [Symbol.asyncIterator]() { log.push("get @@asyncIterator"); return () => { log.push("open"); let i = 0; return { get next() { log.push("get next"); return () => { log.push("next " + i); return Promise.resolve(i < 2 ? { value: i++, done: false } : { done: true }); }; } }; }; },
  get [Symbol.iterator]() { log.push("get @@iterator"); return undefined; },
};
const p = Array.fromAsync(source, (v, k) => {
  log.push(`map ${v}@${k}`);
  return new Promise((res) => { release = () => { log.push("release " + v); res(v * 10); }; });
});
log.push("returned");
print(log.join());
log.length = 0;
setTimeout(() => {
  print("tick1", log.join());   // waiting on the first mapped value: next not called again
  log.length = 0;
  release();
  setTimeout(() => {
    print("tick2", log.join());
    log.length = 0;
    release();
    p.then((a) => print("done", JSON.stringify(a), log.join()));
  }, 0);
}, 0);
// array-likes: length and index 0 are read synchronously, index 1 after the first Await
const al = { get length() { log2.push("length"); return 2; }, get 0() { log2.push("get 0"); return "a"; }, get 1() { log2.push("get 1"); return "b"; } };
const log2 = [];
const q = Array.fromAsync(al);
log2.push("returned");
q.then((a) => print("array-like", JSON.stringify(a), log2.join()));
// sync iterables: the first next() is synchronous too
const log3 = [];
const sync = { [Symbol.iterator]() { log3.push("open"); let i = 0; return { next() { log3.push("next"); return { value: i, done: i++ > 0 }; } }; } };
Array.fromAsync(sync).then((a) => print("sync", JSON.stringify(a), log3.join()));
log3.push("returned");

// expect: get @@asyncIterator,open,get next,next 0,returned
// expect: array-like ["a","b"] length,get 0,returned,get 1
// expect: sync [0] open,next,returned,next
// expect: tick1 map 0@0
// expect: tick2 release 0,next 1,map 1@1
// expect: done [0,10] release 1,next 2
