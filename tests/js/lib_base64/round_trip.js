// node: skip (node 20 has no Uint8Array base64 / hex methods; each result is checked against a base64 / hex coder written here in JS)
// Deterministic pseudo-random bytes, every length 0..48 plus a few larger ones, through every encoding option.
let seed = 12345;
const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16 & 255;
const STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
// RFC 4648 section 4, straight from the definition: 6 bits at a time, "=" up to a multiple of 4
// (the section 5 url alphabet and the unpadded form are derived from it below)
function reference(bytes) {
    let bits = "", out = "";
    for (const b of bytes) bits += b.toString(2).padStart(8, "0");
    for (let i = 0; i < bits.length; i += 6) out += STD[parseInt(bits.slice(i, i + 6).padEnd(6, "0"), 2)];
    while (out.length % 4) out += "=";
    return out;
}
const hexRef = bytes => Array.from(bytes, b => b.toString(16).padStart(2, "0")).join("");
const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
let checked = 0, bad = 0;
for (const n of [...Array(49).keys(), 100, 256, 600]) {
    const u = new Uint8Array(n).map(next);
    const ref = reference(u);
    for (const alphabet of ["base64", "base64url"]) {
        for (const omitPadding of [false, true]) {
            const s = u.toBase64({ alphabet, omitPadding });
            let want = alphabet === "base64url" ? ref.replace(/\+/g, "-").replace(/\//g, "_") : ref;
            if (omitPadding) want = want.replace(/=+$/, "");
            if (s !== want) { bad++; print("encode", n, alphabet, omitPadding); }
            for (const lastChunkHandling of ["loose", "strict", "stop-before-partial"]) {
                let back;
                try { back = Uint8Array.fromBase64(s, { alphabet, lastChunkHandling }); } catch (e) { back = e; }
                // unpadded partial chunks are an error under strict and left out under stop-before-partial
                const partial = omitPadding && n % 3 !== 0;
                const want = !partial || lastChunkHandling === "loose" ? u
                           : lastChunkHandling === "strict" ? null : u.subarray(0, n - n % 3);
                const ok = want === null ? back instanceof SyntaxError : back instanceof Uint8Array && same(back, want);
                if (!ok) { bad++; print("decode", n, alphabet, omitPadding, lastChunkHandling); }
                checked++;
            }
            // into a target of exactly the right size (short targets: set_from_base64.js)
            const t = new Uint8Array(n), r = t.setFromBase64(s, { alphabet });
            if (!same(t, u) || r.read !== s.length || r.written !== n) { bad++; print("setFromBase64", n, alphabet, omitPadding); }
        }
    }
    const h = u.toHex();
    if (h !== hexRef(u) || !same(Uint8Array.fromHex(h), u) || !same(Uint8Array.fromHex(h.toUpperCase()), u)) { bad++; print("hex", n); }
    if (n > 0) {
        const t = new Uint8Array(n - 1), r = t.setFromHex(h);   // one byte short
        if (!same(t, u.subarray(0, n - 1)) || r.read !== 2 * (n - 1) || r.written !== n - 1) { bad++; print("setFromHex", n); }
    }
}
print("checked", checked, "bad", bad);
// a wrapped (MIME-style, 76 columns, CRLF) encoding decodes like the plain one
const big = new Uint8Array(1201).map(next);
const wrapped = big.toBase64().replace(/.{1,76}/g, "$&\r\n");
print(wrapped.length > big.toBase64().length, same(Uint8Array.fromBase64(wrapped), big));

// expect: checked 624 bad 0
// expect: true true
