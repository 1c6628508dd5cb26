// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations from the spec)
function run(what, f) {
    try { print(what, JSON.stringify(f())); } catch (e) { print(what, e.constructor.name); }
}
// the input must be a String value: no ToString, no String objects
for (const v of [undefined, null, 1, true, {}, ["Zg=="], new String("Zg=="), Symbol("x"), 1n]) {
    run("fromBase64 " + typeof v, () => Uint8Array.fromBase64(v));
    run("fromHex " + typeof v, () => Uint8Array.fromHex(v));
}
run("fromBase64 no argument", () => Uint8Array.fromBase64());
run("fromHex no argument", () => Uint8Array.fromHex());
run("setFromBase64 no argument", () => new Uint8Array(1).setFromBase64());
run("setFromHex number", () => new Uint8Array(1).setFromHex(12));
// the receiver must be a Uint8Array: not another typed array kind, not an array, not a DataView
const P = Uint8Array.prototype;
const others = [new Int8Array(2), new Uint8ClampedArray(2), new Uint16Array(1), new Float64Array(1), new BigUint64Array(1),
                new DataView(new ArrayBuffer(2)), new ArrayBuffer(2), [1, 2], { length: 2, 0: 1, 1: 2 }, "ab", undefined, null,
                Object.create(Uint8Array.prototype)];
for (const m of ["toBase64", "toHex", "setFromBase64", "setFromHex"]) {
    const names = [];
    for (const o of others) {
        try { P[m].call(o, "00"); names.push("ok"); } catch (e) { names.push(e.constructor.name === "TypeError" ? "T" : e.constructor.name); }
    }
    print(m, names.join(""));
}

// expect: fromBase64 undefined TypeError
// expect: fromHex undefined TypeError
// expect: fromBase64 object TypeError
// expect: fromHex object TypeError
// expect: fromBase64 number TypeError
// expect: fromHex number TypeError
// expect: fromBase64 boolean TypeError
// expect: fromHex boolean TypeError
// expect: fromBase64 object TypeError
// expect: fromHex object TypeError
// expect: fromBase64 object TypeError
// expect: fromHex object TypeError
// expect: fromBase64 object TypeError
// expect: fromHex object TypeError
// expect: fromBase64 symbol TypeError
// expect: fromHex symbol TypeError
// expect: fromBase64 bigint TypeError
// expect: fromHex bigint TypeError
// expect: fromBase64 no argument TypeError
// expect: fromHex no argument TypeError
// expect: setFromBase64 no argument TypeError
// expect: setFromHex number TypeError
// expect: toBase64 TTTTTTTTTTTTT
// expect: toHex TTTTTTTTTTTTT
// expect: setFromBase64 TTTTTTTTTTTTT
// expect: setFromHex TTTTTTTTTTTTT
