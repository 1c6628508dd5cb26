// node: skip (Iterator.concat is ES2026; node 20 lacks it; expectations from the spec)
const d = Object.getOwnPropertyDescriptor(Iterator, "concat");
print(typeof d.value, d.writable, d.enumerable, d.configurable); // expect: function true false true
print(Iterator.concat.length, Iterator.concat.name); // expect: 0 concat
// values of each iterable in turn; a helper object
const it = Iterator.concat([1, 2], new Set([3]), "ab" && new String("ab"), new Map([[4, 5]]).values());
print(Object.getPrototypeOf(it) === Object.getPrototypeOf(Iterator.from([]).map(x => x))); // expect: true
print(Object.prototype.toString.call(it), it instanceof Iterator); // expect: [object Iterator Helper] true
print([...it].join()); // expect: 1,2,3,a,b,5
print(JSON.stringify(it.next())); // expect: {"done":true}
print(JSON.stringify(Iterator.concat().next()), [...Iterator.concat([], [], [7])].join()); // expect: {"done":true} 7
print(Iterator.concat([1], [2]).map(x => x * 10).toArray().join()); // expect: 10,20
// the same iterable twice is opened twice
const arr = [1, 2];
print([...Iterator.concat(arr, arr)].join()); // expect: 1,2,1,2
// up-front checks, in order: an object with a callable @@iterator (strings are not objects)
for (const bad of [[1, "ab"], [[1], 5], [[1], {}], [null], [{ [Symbol.iterator]: 1 }], [{ [Symbol.iterator]: null }]]) {
  try { Iterator.concat(...bad); print("no throw"); } catch (e) { print(e.constructor.name); }
}
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
const log = [];
function iterable(name, values, extra = {}) {
  return {
    get [Symbol.iterator]() {
      log.push("get " + name);
      return function () {
        log.push("open " + name);
        let i = 0;
        return Object.assign({
          get next() { log.push("get next " + name); return () => { log.push("next " + name); return i < values.length ? { value: values[i++], done: false } : { value: "ignored", done: true }; }; },
          return() { log.push("return " + name); return {}; },
        }, extra);
      };
    },
  };
}
// @@iterator is read once per item up front; nothing is opened until next()
const c = Iterator.concat(iterable("A", [1]), iterable("B", [2, 3]));
print(log.join("; ")); // expect: get A; get B
log.length = 0;
print(JSON.stringify(c.next()), log.join("; ")); // expect: {"value":1,"done":false} open A; get next A; next A
log.length = 0;
print(JSON.stringify(c.next()), log.join("; ")); // expect: {"value":2,"done":false} next A; open B; get next B; next B
log.length = 0;
// return() forwards to the current inner iterator, then the helper is done
print(JSON.stringify(c.return()), log.join("; ")); // expect: {"done":true} return B
log.length = 0;
print(JSON.stringify(c.next()), JSON.stringify(c.return()), log.length); // expect: {"done":true} {"done":true} 0
// return() before the first next(): nothing opened, nothing closed
log.length = 0;
const c2 = Iterator.concat(iterable("A", [1]));
print(JSON.stringify(c2.return()), JSON.stringify(c2.next()), log.join("; ")); // expect: {"done":true} {"done":true} get A
// return() after the inner was exhausted but before the next is opened cannot happen:
// exhausting one opens the next in the same step; after the last, nothing is closed
log.length = 0;
const c3 = Iterator.concat(iterable("A", [1]));
c3.next(); c3.next();
print(JSON.stringify(c3.return()), log.join("; ")); // expect: {"done":true} get A; open A; get next A; next A; next A
// an inner return() that throws, or returns a non-object, is reported by return()
const c4 = Iterator.concat(iterable("T", [1], { return() { throw new RangeError("ret"); } }));
c4.next();
try { c4.return(); } catch (e) { print(e.constructor.name, e.message); } // expect: RangeError ret
print(JSON.stringify(c4.next())); // expect: {"done":true}
const c5 = Iterator.concat(iterable("N", [1], { return() { return 1; } }));
c5.next();
try { c5.return(); } catch (e) { print(e.constructor.name); } // expect: TypeError
// the inner has no return(): return() just finishes
const c6 = Iterator.concat([1, 2]);
c6.next();
print(JSON.stringify(c6.return()), JSON.stringify(c6.next())); // expect: {"done":true} {"done":true}
// errors while running: opener returning a non-object, a throwing next (not closed), all finish the helper
const c7 = Iterator.concat({ [Symbol.iterator]() { return 1; } }, [1]);
try { c7.next(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(JSON.stringify(c7.next())); // expect: {"done":true}
log.length = 0;
const c8 = Iterator.concat({ [Symbol.iterator]() { log.push("open E"); return { next() { log.push("next E"); throw new SyntaxError("n"); }, return() { log.push("return E"); return {}; } }; } }, [2]);
try { c8.next(); } catch (e) { print(e.constructor.name, log.join("; ")); } // expect: SyntaxError open E; next E
print(JSON.stringify(c8.next())); // expect: {"done":true}
// values are passed through as they are (no re-wrapping of result objects' other fields)
const c9 = Iterator.concat({ [Symbol.iterator]() { return { next() { return { value: 9, done: false, extra: 1 }; } }; } });
const r9 = c9.next();
print(JSON.stringify(r9), Object.getPrototypeOf(r9) === Object.prototype); // expect: {"value":9,"done":false} true
// re-entrancy: next() from inside the inner next() is "already running"
let self;
self = Iterator.concat({ [Symbol.iterator]() { return { next() { self.next(); return { done: true }; } }; } });
try { self.next(); } catch (e) { print(e.constructor.name); } // expect: TypeError
// receivers
try { Iterator.prototype.map.call({ next() {} }, x => x).next.call(Iterator.concat([1])); print("ok"); } catch (e) { print(e.constructor.name); } // expect: ok
try { Object.getPrototypeOf(Iterator.concat()).next.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Iterator.concat(); } catch (e) { print(e.constructor.name); } // expect: TypeError
// GC: many concatenations alive at once
const many = [];
for (let i = 0; i < 200; i++) many.push(Iterator.concat([i], new Set([i + 1]), [i + 2].values()));
let total = 0;
for (const m of many) for (const v of m) total += v;
print(total); // expect: 60300
