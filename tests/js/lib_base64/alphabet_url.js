// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations worked out from the spec by hand)
const u = new Uint8Array([0xfb, 0xff, 0xbf, 0xfb, 0xff]);
print(u.toBase64(), u.toBase64({ alphabet: "base64" }), u.toBase64({ alphabet: "base64url" }));
print(u.toBase64({ alphabet: "base64url", omitPadding: true }));
print(Uint8Array.fromBase64("-_-_-_8=", { alphabet: "base64url" }).join());
print(Uint8Array.fromBase64("-_-_-_8", { alphabet: "base64url" }).join());
print(Uint8Array.fromBase64("+/+/+/8=").join());
// each alphabet rejects the other's two characters
for (const [s, a] of [["+/+/", "base64url"], ["-_-_", "base64"], ["-_-_", undefined], ["AA+A", "base64url"], ["AA_A", "base64"]]) {
    try { Uint8Array.fromBase64(s, { alphabet: a }); print("no error"); }
    catch (e) { print(s, a, e.constructor.name); }
}
// every byte value through both alphabets
const all = new Uint8Array(256).map((_, i) => i);
for (const alphabet of ["base64", "base64url"]) {
    const s = all.toBase64({ alphabet });
    const back = Uint8Array.fromBase64(s, { alphabet });
    print(alphabet, s.length, back.length, back.every((v, i) => v === i), s.slice(-8));
}
print(/^[A-Za-z0-9+/=]*$/.test(all.toBase64()), /^[A-Za-z0-9_-]*=*$/.test(all.toBase64({ alphabet: "base64url" })));

// expect: +/+/+/8= +/+/+/8= -_-_-_8=
// expect: -_-_-_8
// expect: 251,255,191,251,255
// expect: 251,255,191,251,255
// expect: 251,255,191,251,255
// expect: +/+/ base64url SyntaxError
// expect: -_-_ base64 SyntaxError
// expect: -_-_ undefined SyntaxError
// expect: AA+A base64url SyntaxError
// expect: AA_A base64 SyntaxError
// expect: base64 344 256 true /P3+/w==
// expect: base64url 344 256 true _P3-_w==
// expect: true true
