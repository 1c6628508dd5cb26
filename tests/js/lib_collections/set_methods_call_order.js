// node: skip (node 20 has no Set methods; expectations derived from ECMA-262 24.2.4)
// Which of other.has / other.keys is used depends on the sizes, and every
// access of the set-like argument is observable.
const log = [];
function setLike(size, elems) {
  return {
    get size() { log.push("size"); return size; },
    get has() {
      log.push("get has");
      return v => { log.push("has(" + v + ")"); return elems.includes(v); };
    },
    get keys() {
      log.push("get keys");
      return () => {
        log.push("keys()");
        let i = 0;
        return {
          get next() {
            log.push("get next");
            return () => { log.push("next"); return i < elems.length ? { value: elems[i++], done: false } : { value: undefined, done: true }; };
          },
          get return() { log.push("get return"); return () => { log.push("return()"); return {}; }; },
        };
      };
    },
  };
}
function run(label, f) {
  log.length = 0;
  const r = f();
  print(label, r instanceof Set ? JSON.stringify([...r]) : r, "|", log.join(" "));
}
const s = new Set([1, 2, 3]);
run("union", () => s.union(setLike(2, [3, 4])));
run("union big", () => s.union(setLike(9, [4])));
run("intersection this", () => s.intersection(setLike(3, [3, 4])));
run("intersection keys", () => s.intersection(setLike(2, [3, 4])));
run("difference this", () => s.difference(setLike(3, [1, 5])));
run("difference keys", () => s.difference(setLike(2, [1, 5])));
run("symmetricDifference", () => s.symmetricDifference(setLike(5, [3, 4])));
run("isSubsetOf bigger this", () => s.isSubsetOf(setLike(2, [1, 2, 3])));
run("isSubsetOf true", () => s.isSubsetOf(setLike(3, [1, 2, 3])));
run("isSubsetOf false", () => s.isSubsetOf(setLike(5, [1, 3])));
run("isSupersetOf smaller this", () => s.isSupersetOf(setLike(4, [])));
run("isSupersetOf false", () => s.isSupersetOf(setLike(2, [1, 9, 2])));
run("isSupersetOf true", () => s.isSupersetOf(setLike(2, [1, 2])));
run("isDisjointFrom this", () => s.isDisjointFrom(setLike(3, [7, 2])));
run("isDisjointFrom keys false", () => s.isDisjointFrom(setLike(1, [2])));
run("isDisjointFrom keys true", () => s.isDisjointFrom(setLike(2, [7, 8])));
run("isDisjointFrom Infinity", () => s.isDisjointFrom(setLike(Infinity, [9])));
run("size fractional", () => s.difference(setLike(2.9, [1])));
// size is converted (ToNumber) before has and keys are read
run("size valueOf", () => s.isSubsetOf(setLike({ valueOf() { log.push("valueOf"); return 1; } }, [])));
run("size string", () => s.intersection(setLike("3", [1])));
// GetSetRecord reads size, has and keys even when a branch needs neither
run("empty this", () => new Set().isSubsetOf(setLike(0, [])));

// expect: union [1,2,3,4] | size get has get keys keys() get next next next next
// expect: union big [1,2,3,4] | size get has get keys keys() get next next next
// expect: intersection this [3] | size get has get keys has(1) has(2) has(3)
// expect: intersection keys [3] | size get has get keys keys() get next next next next
// expect: difference this [2,3] | size get has get keys has(1) has(2) has(3)
// expect: difference keys [2,3] | size get has get keys keys() get next next next next
// expect: symmetricDifference [1,2,4] | size get has get keys keys() get next next next next
// expect: isSubsetOf bigger this false | size get has get keys
// expect: isSubsetOf true true | size get has get keys has(1) has(2) has(3)
// expect: isSubsetOf false false | size get has get keys has(1) has(2)
// expect: isSupersetOf smaller this false | size get has get keys
// expect: isSupersetOf false false | size get has get keys keys() get next next next get return return()
// expect: isSupersetOf true true | size get has get keys keys() get next next next next
// expect: isDisjointFrom this false | size get has get keys has(1) has(2)
// expect: isDisjointFrom keys false false | size get has get keys keys() get next next get return return()
// expect: isDisjointFrom keys true true | size get has get keys keys() get next next next next
// expect: isDisjointFrom Infinity true | size get has get keys has(1) has(2) has(3)
// expect: size fractional [2,3] | size get has get keys keys() get next next next
// expect: size valueOf false | size valueOf get has get keys
// expect: size string [1] | size get has get keys has(1) has(2) has(3)
// expect: empty this true | size get has get keys
