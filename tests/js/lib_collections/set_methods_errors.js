// node: skip (node 20 has no Set methods; expectations derived from ECMA-262 24.2.4 GetSetRecord)
const s = new Set([1]);
function t(label, f) {
  try {
    const r = f();
    print(label, "ok", r instanceof Set ? JSON.stringify([...r]) : r);
  } catch (e) {
    print(label, e.constructor.name);
  }
}
const none = () => [].values();
t("number", () => s.union(1));
t("string", () => s.union("ab"));
t("undefined", () => s.isSubsetOf());
t("array (no size)", () => s.union([1, 2]));
t("size undefined", () => s.union({ has() {}, keys: none }));
t("size NaN", () => s.union({ size: NaN, has() {}, keys: none }));
t("size 'x'", () => s.union({ size: "x", has() {}, keys: none }));
t("size -1", () => s.union({ size: -1, has() {}, keys: none }));
t("size -Infinity", () => s.union({ size: -Infinity, has() {}, keys: none }));
t("size -0.5", () => s.union({ size: -0.5, has() {}, keys: none }));
t("size '2'", () => s.union({ size: "2", has() {}, keys: none }));
t("size null", () => s.union({ size: null, has() {}, keys: none }));
t("size 1n", () => s.union({ size: 1n, has() {}, keys: none }));
t("size symbol", () => s.union({ size: Symbol(), has() {}, keys: none }));
t("size getter throws", () => s.union({ get size() { throw new URIError("u"); }, has() {}, keys: none }));
t("has missing", () => s.union({ size: 1, keys: none }));
t("has object", () => s.union({ size: 1, has: {}, keys: none }));
t("keys missing", () => s.union({ size: 1, has() {} }));
t("keys string", () => s.union({ size: 1, has() {}, keys: "keys" }));
// keys is checked even when the branch taken only calls has
t("keys unused but checked", () => new Set([1, 2]).isSubsetOf({ size: 5, has: () => true, keys: 1 }));
t("keys unused", () => new Set([1, 2]).isSubsetOf({ size: 5, has: () => true, keys() { throw new Error("unused"); } }));
t("keys() non-object", () => s.union({ size: 1, has() {}, keys: () => 5 }));
t("keys() throws", () => s.union({ size: 1, has() {}, keys() { throw new EvalError("k"); } }));
t("next not callable", () => s.union({ size: 1, has() {}, keys: () => ({ next: 1 }) }));
t("next result primitive", () => s.union({ size: 1, has() {}, keys: () => ({ next: () => 1 }) }));
t("has throws", () => s.isSubsetOf({ size: 1, has() { throw new RangeError("h"); }, keys: none }));
t("receiver Map", () => Set.prototype.union.call(new Map(), new Set()));
t("receiver object", () => Set.prototype.isSubsetOf.call({}, new Set()));
t("receiver WeakSet", () => Set.prototype.difference.call(new WeakSet(), new Set()));
// the receiver is checked before the argument is touched
let touched = false;
t("receiver first", () => Set.prototype.intersection.call([], { get size() { touched = true; return 1; } }));
print(touched);
// has's result is only ToBoolean'd
t("has truthy", () => new Set([1, 2]).intersection({ size: 2, has: v => (v === 2 ? "yes" : 0), keys: none }));

// expect: number TypeError
// expect: string TypeError
// expect: undefined TypeError
// expect: array (no size) TypeError
// expect: size undefined TypeError
// expect: size NaN TypeError
// expect: size 'x' TypeError
// expect: size -1 RangeError
// expect: size -Infinity RangeError
// expect: size -0.5 ok [1]
// expect: size '2' ok [1]
// expect: size null ok [1]
// expect: size 1n TypeError
// expect: size symbol TypeError
// expect: size getter throws URIError
// expect: has missing TypeError
// expect: has object TypeError
// expect: keys missing TypeError
// expect: keys string TypeError
// expect: keys unused but checked TypeError
// expect: keys unused ok true
// expect: keys() non-object TypeError
// expect: keys() throws EvalError
// expect: next not callable TypeError
// expect: next result primitive TypeError
// expect: has throws RangeError
// expect: receiver Map TypeError
// expect: receiver object TypeError
// expect: receiver WeakSet TypeError
// expect: receiver first TypeError
// expect: false
// expect: has truthy ok [2]
