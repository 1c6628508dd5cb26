// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations from the spec's step order)
const log = [];
// a proxy logs every internal method: the options are read with Get only (no Has)
function opts(values) {
    return new Proxy(values, {
        get(t, k, r) { log.push("get " + String(k)); return Reflect.get(t, k, r); },
        has(t, k) { log.push("has " + String(k)); return Reflect.has(t, k); },
    });
}
function flush(what) { print(what, "|", log.join(", ")); log.length = 0; }
function run(what, f) {
    try { f(); } catch (e) { log.push(e.constructor.name); }
    flush(what);
}
run("fromBase64", () => Uint8Array.fromBase64("Zg==", opts({ alphabet: "base64", lastChunkHandling: "strict", omitPadding: 1 })));
run("toBase64", () => new Uint8Array(1).toBase64(opts({ alphabet: "base64url", lastChunkHandling: "strict", omitPadding: 1 })));
run("setFromBase64", () => new Uint8Array(1).setFromBase64("Zg==", opts({})));
// a bad alphabet stops before lastChunkHandling / omitPadding is read
run("bad alphabet", () => Uint8Array.fromBase64("Zg==", opts({ alphabet: "base32" })));
run("bad alphabet", () => new Uint8Array(1).toBase64(opts({ alphabet: "Base64" })));
run("bad last chunk", () => Uint8Array.fromBase64("Zg==", opts({ lastChunkHandling: "Strict" })));
// a non-string input is a TypeError before any option is read; so is a bad receiver
run("non-string", () => Uint8Array.fromBase64(42, opts({})));
run("non-string", () => new Uint8Array(1).setFromBase64({ toString() { log.push("toString"); return "Zg=="; } }, opts({})));
run("bad receiver", () => Uint8Array.prototype.setFromBase64.call(new Int8Array(1), "Zg==", opts({})));
run("bad receiver", () => Uint8Array.prototype.toBase64.call(new Uint8ClampedArray(1), opts({})));
// a bad input with good options: the options are all read, then the SyntaxError
run("bad input", () => Uint8Array.fromBase64("Z", opts({})));
// option values are compared, never converted
const alpha = { toString() { log.push("toString"); return "base64"; } };
run("object alphabet", () => Uint8Array.fromBase64("Zg==", { alphabet: alpha }));
run("String object", () => Uint8Array.fromBase64("Zg==", { alphabet: new String("base64") }));
const truthy = { valueOf() { log.push("valueOf"); return 0; } };
print(new Uint8Array([255]).toBase64({ omitPadding: truthy }), new Uint8Array([255]).toBase64({ omitPadding: "" }),
      new Uint8Array([255]).toBase64({ omitPadding: 0 }), new Uint8Array([255]).toBase64({ omitPadding: "false" }));
print("omitPadding ToBoolean calls:", log.length);
// inherited options count (Get, not own properties)
print(new Uint8Array([251, 255]).toBase64(Object.create({ alphabet: "base64url", omitPadding: true })));
// options must be an object or undefined
for (const o of [null, "base64url", 1, true, Symbol.iterator]) {
    try { Uint8Array.fromBase64("Zg==", o); print("accepted"); } catch (e) { print(typeof o, e.constructor.name); }
}
print(Uint8Array.fromBase64("Zg==", undefined).join(), new Uint8Array([1]).toBase64(undefined), Uint8Array.fromBase64("Zg==", () => 0).join());

// expect: fromBase64 | get alphabet, get lastChunkHandling
// expect: toBase64 | get alphabet, get omitPadding
// expect: setFromBase64 | get alphabet, get lastChunkHandling
// expect: bad alphabet | get alphabet, TypeError
// expect: bad alphabet | get alphabet, TypeError
// expect: bad last chunk | get alphabet, get lastChunkHandling, TypeError
// expect: non-string | TypeError
// expect: non-string | TypeError
// expect: bad receiver | TypeError
// expect: bad receiver | TypeError
// expect: bad input | get alphabet, get lastChunkHandling, SyntaxError
// expect: object alphabet | TypeError
// expect: String object | TypeError
// expect: /w /w== /w== /w
// expect: omitPadding ToBoolean calls: 0
// expect: -_8
// expect: object TypeError
// expect: string TypeError
// expect: number TypeError
// expect: boolean TypeError
// expect: symbol TypeError
// expect: 102 AQ== 102
