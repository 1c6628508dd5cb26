// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations worked out from the spec's FromBase64 by hand)
// "Zm9v" is "foo"; the last chunk "Yg" / "Yh" / "YmE" / "YmF" decides each case.
function show(s, lastChunkHandling) {
    try { print(JSON.stringify(s), lastChunkHandling, Uint8Array.fromBase64(s, { lastChunkHandling }).join()); }
    catch (e) { print(JSON.stringify(s), lastChunkHandling, e.constructor.name); }
}
const inputs = ["Zm9vYg", "Zm9vYg=", "Zm9vYg==", "Zm9vYh==", "Zm9vYh", "Zm9vYmE", "Zm9vYmE=", "Zm9vYmF=", "Zm9vY", "Zm9v"];
for (const mode of [undefined, "loose", "strict", "stop-before-partial"])
    for (const s of inputs) show(s, mode);

// expect: "Zm9vYg" undefined 102,111,111,98
// expect: "Zm9vYg=" undefined SyntaxError
// expect: "Zm9vYg==" undefined 102,111,111,98
// expect: "Zm9vYh==" undefined 102,111,111,98
// expect: "Zm9vYh" undefined 102,111,111,98
// expect: "Zm9vYmE" undefined 102,111,111,98,97
// expect: "Zm9vYmE=" undefined 102,111,111,98,97
// expect: "Zm9vYmF=" undefined 102,111,111,98,97
// expect: "Zm9vY" undefined SyntaxError
// expect: "Zm9v" undefined 102,111,111
// expect: "Zm9vYg" loose 102,111,111,98
// expect: "Zm9vYg=" loose SyntaxError
// expect: "Zm9vYg==" loose 102,111,111,98
// expect: "Zm9vYh==" loose 102,111,111,98
// expect: "Zm9vYh" loose 102,111,111,98
// expect: "Zm9vYmE" loose 102,111,111,98,97
// expect: "Zm9vYmE=" loose 102,111,111,98,97
// expect: "Zm9vYmF=" loose 102,111,111,98,97
// expect: "Zm9vY" loose SyntaxError
// expect: "Zm9v" loose 102,111,111
// expect: "Zm9vYg" strict SyntaxError
// expect: "Zm9vYg=" strict SyntaxError
// expect: "Zm9vYg==" strict 102,111,111,98
// expect: "Zm9vYh==" strict SyntaxError
// expect: "Zm9vYh" strict SyntaxError
// expect: "Zm9vYmE" strict SyntaxError
// expect: "Zm9vYmE=" strict 102,111,111,98,97
// expect: "Zm9vYmF=" strict SyntaxError
// expect: "Zm9vY" strict SyntaxError
// expect: "Zm9v" strict 102,111,111
// expect: "Zm9vYg" stop-before-partial 102,111,111
// expect: "Zm9vYg=" stop-before-partial 102,111,111
// expect: "Zm9vYg==" stop-before-partial 102,111,111,98
// expect: "Zm9vYh==" stop-before-partial 102,111,111,98
// expect: "Zm9vYh" stop-before-partial 102,111,111
// expect: "Zm9vYmE" stop-before-partial 102,111,111
// expect: "Zm9vYmE=" stop-before-partial 102,111,111,98,97
// expect: "Zm9vYmF=" stop-before-partial 102,111,111,98,97
// expect: "Zm9vY" stop-before-partial 102,111,111
// expect: "Zm9v" stop-before-partial 102,111,111
