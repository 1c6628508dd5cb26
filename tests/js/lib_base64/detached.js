// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations from the spec's step order)
function run(what, f) {
    try { print(what, JSON.stringify(f())); } catch (e) { print(what, e.constructor.name); }
}
function detachedView() {
    const b = new ArrayBuffer(4);
    const u = new Uint8Array(b);
    b.transfer();
    return u;
}
run("toBase64", () => detachedView().toBase64());
run("toHex", () => detachedView().toHex());
run("setFromBase64", () => detachedView().setFromBase64("Zg=="));
run("setFromHex", () => detachedView().setFromHex("ff"));
// even an empty input or an empty target
run("setFromHex empty", () => detachedView().setFromHex(""));
run("setFromBase64 empty", () => detachedView().setFromBase64(""));
// the receiver check comes before the string check, the detach check after the options
run("setFromBase64 non-string", () => detachedView().setFromBase64(1));
run("setFromHex non-string", () => detachedView().setFromHex(1));
// an option getter that detaches: the check after the options sees it
for (const m of ["toBase64", "setFromBase64"]) {
    const b = new ArrayBuffer(3);
    const u = new Uint8Array(b);
    const o = { get alphabet() { b.transfer(); return "base64"; } };
    run(m + " detached by a getter", () => m === "toBase64" ? u.toBase64(o) : u.setFromBase64("AAAA", o));
}
// a getter that shrinks a resizable buffer: the new length counts
const rab = new ArrayBuffer(6, { maxByteLength: 6 });
const u = new Uint8Array(rab);
u.set([102, 111, 111, 98, 97, 114]);
run("toBase64 shrunk", () => u.toBase64({ get omitPadding() { rab.resize(4); return false; } }));
run("setFromBase64 shrunk", () => u.setFromBase64("YmFyYmF6", { get lastChunkHandling() { rab.resize(3); return "strict"; } }));
print(u.join());
// a fixed-length view that the shrink put out of bounds
const rab2 = new ArrayBuffer(4, { maxByteLength: 8 });
const fixed = new Uint8Array(rab2, 0, 4);
rab2.resize(2);
run("out of bounds toHex", () => fixed.toHex());
run("out of bounds setFromHex", () => fixed.setFromHex("00"));
rab2.resize(4);
run("back in bounds", () => fixed.setFromHex("01020304"));
// a view of a SharedArrayBuffer works like any other
const shared = new Uint8Array(new SharedArrayBuffer(3));
run("shared", () => [shared.setFromBase64("Zm9v"), shared.toHex(), shared.toBase64()]);

// expect: toBase64 TypeError
// expect: toHex TypeError
// expect: setFromBase64 TypeError
// expect: setFromHex TypeError
// expect: setFromHex empty TypeError
// expect: setFromBase64 empty TypeError
// expect: setFromBase64 non-string TypeError
// expect: setFromHex non-string TypeError
// expect: toBase64 detached by a getter TypeError
// expect: setFromBase64 detached by a getter TypeError
// expect: toBase64 shrunk "Zm9vYg=="
// expect: setFromBase64 shrunk {"read":4,"written":3}
// expect: 98,97,114
// expect: out of bounds toHex TypeError
// expect: out of bounds setFromHex TypeError
// expect: back in bounds {"read":8,"written":4}
// expect: shared [{"read":4,"written":3},"666f6f","Zm9v"]
