// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations are the RFC 4648 section 10 vectors)
const bytes = s => new Uint8Array([...s].map(c => c.charCodeAt(0)));
const text = u => String.fromCharCode(...u);
for (const s of ["", "f", "fo", "foo", "foob", "fooba", "foobar"]) {
    const u = bytes(s);
    print(JSON.stringify(s), JSON.stringify(u.toBase64()), JSON.stringify(u.toBase64({ omitPadding: true })), JSON.stringify(u.toHex()));
}
// decoding the same vectors, padded and unpadded, and the BASE16 ones in upper case
for (const b of ["", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "Zg", "Zm8", "Zm9vYg", "Zm9vYmE"])
    print(JSON.stringify(b), JSON.stringify(text(Uint8Array.fromBase64(b))));
for (const h of ["", "66", "666F", "666F6F", "666F6F62", "666F6F6261", "666F6F626172"])
    print(JSON.stringify(h), JSON.stringify(text(Uint8Array.fromHex(h))));
const r = Uint8Array.fromBase64("Zm9v");
print(r instanceof Uint8Array, Object.getPrototypeOf(r) === Uint8Array.prototype, r.length, r.byteOffset, r.buffer.byteLength);

// expect: "" "" "" ""
// expect: "f" "Zg==" "Zg" "66"
// expect: "fo" "Zm8=" "Zm8" "666f"
// expect: "foo" "Zm9v" "Zm9v" "666f6f"
// expect: "foob" "Zm9vYg==" "Zm9vYg" "666f6f62"
// expect: "fooba" "Zm9vYmE=" "Zm9vYmE" "666f6f6261"
// expect: "foobar" "Zm9vYmFy" "Zm9vYmFy" "666f6f626172"
// expect: "" ""
// expect: "Zg==" "f"
// expect: "Zm8=" "fo"
// expect: "Zm9v" "foo"
// expect: "Zm9vYg==" "foob"
// expect: "Zm9vYmE=" "fooba"
// expect: "Zm9vYmFy" "foobar"
// expect: "Zg" "f"
// expect: "Zm8" "fo"
// expect: "Zm9vYg" "foob"
// expect: "Zm9vYmE" "fooba"
// expect: "" ""
// expect: "66" "f"
// expect: "666F" "fo"
// expect: "666F6F" "foo"
// expect: "666F6F62" "foob"
// expect: "666F6F6261" "fooba"
// expect: "666F6F626172" "foobar"
// expect: true true 3 0 3
