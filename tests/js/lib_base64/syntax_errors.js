// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations worked out from the spec by hand)
// the input with every unit outside printable ASCII as \uXXXX
const q = s => '"' + s.replace(/[^\x21-\x7e]/g, c => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) + '"';
function show(s, opts) {
    try { print(q(s), "[" + Uint8Array.fromBase64(s, opts).join() + "]"); }
    catch (e) { print(q(s), e.constructor.name); }
}
// padding in the wrong place
for (const s of ["=", "Z===", "Zm9v=", "Zm8==", "Zg=a", "Zg==Zg==", "Zg==\u0000", "Zm8=Zm8="]) show(s);
// ASCII whitespace (tab, LF, FF, CR, space) is skipped anywhere, also around and between padding
for (const s of [" Zm 9v\tYm\nFy\r\f ", "Zg= =", "Zm8= ", "Zg = = ", "   ", ""]) show(s);
// other whitespace and characters outside the alphabet are errors
for (const s of ["Zm9v\u000b", "Zm9v\u00a0", "\ufeffZm9v", "Zm9v\u2028", "Zm9v!", "Zm9v.", "Zm9v\u0100", "Z\u0000m9v"]) show(s);
// stop-before-partial stops quietly only at the end of the string, not at a bad character
show("Zm9vY!", { lastChunkHandling: "stop-before-partial" });
show("Zm9vYg=!", { lastChunkHandling: "stop-before-partial" });
show("Zm9v=", { lastChunkHandling: "stop-before-partial" });
// hex: even length, hex digits only, no whitespace
for (const h of ["0", "abc", "zz", "0g", " 00", "0 00", "00 ", "+1", "\u0660\u0660", "aBcD", "00ff"]) {
    try { print(q(h), "[" + Uint8Array.fromHex(h).join() + "]"); }
    catch (e) { print(q(h), e.constructor.name); }
}

// expect: "=" SyntaxError
// expect: "Z===" SyntaxError
// expect: "Zm9v=" SyntaxError
// expect: "Zm8==" SyntaxError
// expect: "Zg=a" SyntaxError
// expect: "Zg==Zg==" SyntaxError
// expect: "Zg==\u0000" SyntaxError
// expect: "Zm8=Zm8=" SyntaxError
// expect: "\u0020Zm\u00209v\u0009Ym\u000aFy\u000d\u000c\u0020" [102,111,111,98,97,114]
// expect: "Zg=\u0020=" [102]
// expect: "Zm8=\u0020" [102,111]
// expect: "Zg\u0020=\u0020=\u0020" [102]
// expect: "\u0020\u0020\u0020" []
// expect: "" []
// expect: "Zm9v\u000b" SyntaxError
// expect: "Zm9v\u00a0" SyntaxError
// expect: "\ufeffZm9v" SyntaxError
// expect: "Zm9v\u2028" SyntaxError
// expect: "Zm9v!" SyntaxError
// expect: "Zm9v." SyntaxError
// expect: "Zm9v\u0100" SyntaxError
// expect: "Z\u0000m9v" SyntaxError
// expect: "Zm9vY!" SyntaxError
// expect: "Zm9vYg=!" SyntaxError
// expect: "Zm9v=" SyntaxError
// expect: "0" SyntaxError
// expect: "abc" SyntaxError
// expect: "zz" SyntaxError
// expect: "0g" SyntaxError
// expect: "\u002000" SyntaxError
// expect: "0\u002000" SyntaxError
// expect: "00\u0020" SyntaxError
// expect: "+1" SyntaxError
// expect: "\u0660\u0660" SyntaxError
// expect: "aBcD" [171,205]
// expect: "00ff" [0,255]
