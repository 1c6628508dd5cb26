// node: skip (node 20 has no Set methods; expectations derived from ECMA-262 24.2.4)
// isSupersetOf and isDisjointFrom close other's keys iterator when they
// answer early (IteratorClose with a normal completion); nothing else closes.
const s = new Set([1, 2, 3]);
function other(elems, ret, size = 1) {
  const log = [];
  const o = {
    log, size, has: () => { throw new Error("has"); },
    keys() {
      let i = 0;
      const it = { next() { log.push("next"); return i < elems.length ? { value: elems[i++], done: false } : { done: true }; } };
      if (ret !== "absent") Object.defineProperty(it, "return", { get() { log.push("get return"); return ret; } });
      return it;
    },
  };
  return o;
}
function t(label, f, o) {
  try {
    const r = f(o);
    print(label, r instanceof Set ? JSON.stringify([...r]) : r, o.log.join(" ") || "(none)");
  } catch (e) {
    print(label, e.constructor.name, e instanceof TypeError ? "-" : e.message, o.log.join(" ") || "(none)");
  }
}
let retThis;
const early = other([9], function () { retThis = this; return {}; });
t("superset early", o => s.isSupersetOf(o), early);
print(retThis !== undefined && typeof retThis.next === "function");
t("superset no return", o => s.isSupersetOf(o), other([9], "absent"));
t("superset return undefined", o => s.isSupersetOf(o), other([9], undefined));
t("superset return null", o => s.isSupersetOf(o), other([9], null));
t("superset return throws", o => s.isSupersetOf(o), other([9], () => { throw new SyntaxError("r"); }));
t("superset return primitive", o => s.isSupersetOf(o), other([9], () => 7));
t("superset return not callable", o => s.isSupersetOf(o), other([9], 7));
t("superset complete", o => s.isSupersetOf(o), other([1, 2], () => { throw new Error("no"); }));
t("disjoint early", o => s.isDisjointFrom(o), other([8, 2], () => ({})));
t("disjoint return throws", o => s.isDisjointFrom(o), other([2], () => { throw new SyntaxError("r"); }));
t("disjoint complete", o => s.isDisjointFrom(o), other([8, 9], () => { throw new Error("no"); }));
// an abrupt next (or done / value getter) is not closed
const throwing = {
  size: 1, has() {}, log: [],
  keys() {
    return { next() { throw new TypeError("n"); }, return() { throwing.log.push("return"); return {}; } };
  },
};
t("next throws", o => s.isSupersetOf(o), throwing);
const badDone = {
  size: 1, has() {}, log: [],
  keys() {
    return { next: () => ({ get done() { throw new RangeError("d"); } }), return() { badDone.log.push("return"); return {}; } };
  },
};
t("done throws", o => s.isDisjointFrom(o), badDone);
t("union no close", o => s.union(o), other([1, 5], () => { throw new Error("no"); }));
t("intersection no close", o => s.intersection(o), other([5], () => { throw new Error("no"); }));

// expect: superset early false next get return
// expect: true
// expect: superset no return false next
// expect: superset return undefined false next get return
// expect: superset return null false next get return
// expect: superset return throws SyntaxError r next get return
// expect: superset return primitive TypeError - next get return
// expect: superset return not callable TypeError - next get return
// expect: superset complete true next next next
// expect: disjoint early false next next get return
// expect: disjoint return throws SyntaxError r next get return
// expect: disjoint complete true next next next
// expect: next throws TypeError - (none)
// expect: done throws RangeError d (none)
// expect: union no close [1,2,3,5] next next next
// expect: intersection no close [] next next
