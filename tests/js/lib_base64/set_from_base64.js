// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations worked out from the spec's FromBase64 by hand)
// "Zm9vYmFy" is "foobar" = 102,111,111,98,97,114; targets start filled with 238 (0xee)
function run(n, s, opts) {
    const t = new Uint8Array(n).fill(238);
    let r;
    try { r = t.setFromBase64(s, opts); r = "read " + r.read + " written " + r.written; }
    catch (e) { r = e.constructor.name; }
    print(n, JSON.stringify(s), r, "[" + t.join() + "]");
}
run(8, "Zm9vYmFy");
run(6, "Zm9vYmFy");
run(5, "Zm9vYmFy");        // the second chunk needs 3 bytes: only the first is written
run(4, "Zm9vYmFy");
run(3, "Zm9vYmFy");        // full after the first chunk: read stops there
run(2, "Zm9vYmFy");        // not even one chunk fits
run(1, "Zm9vYmFy");
run(0, "Zm9vYmFy");
run(0, "!!not base64!!");  // maxLength 0: nothing is read, no error
run(5, "Zm9vYmE=");        // a padded final chunk of 2 bytes fits into the 2 left
run(5, "Zm9vYmE");
run(4, "Zm9vYmE=");
run(4, "Zm9vYg==");        // 1 byte left, final chunk of 1 byte
run(3, " Zm9v YmFy");      // read counts the whitespace before the chunk
run(3, "Zm9v ");
run(8, "Zm9vYmFy  ");      // trailing whitespace is read
run(8, "Zm9vYmE", { lastChunkHandling: "stop-before-partial" });
run(8, "Zm9vYmE=", { lastChunkHandling: "stop-before-partial" });
run(8, "Zm9vYg=", { lastChunkHandling: "stop-before-partial" });
// errors: the bytes of the complete chunks before the error are written, then the SyntaxError
run(8, "Zm9vYmFy!");
run(8, "Zm9v!mFy");
run(8, "Zm9vYmE", { lastChunkHandling: "strict" });
run(8, "Zm9vYmF=", { lastChunkHandling: "strict" });
run(8, "Zm9vY");
run(8, "Zm9vYg=");
run(2, "!");
run(8, "-_-_", { alphabet: "base64url" });
run(8, "-_-_");
// the result is a fresh ordinary object with two data properties
const r = new Uint8Array(3).setFromBase64("AAAA");
print(Object.getPrototypeOf(r) === Object.prototype, JSON.stringify(Object.getOwnPropertyDescriptors(r)));
// a view at an offset writes into its own window only
const buf = new Uint8Array(8);
print(JSON.stringify(buf.subarray(2, 6).setFromBase64("Zm9vYmFy")), buf.join());
// a length-tracking view of a resizable buffer sees its current length
const rab = new ArrayBuffer(2, { maxByteLength: 8 });
const lt = new Uint8Array(rab);
rab.resize(6);   // full after two chunks: the third is not read
print(JSON.stringify(lt.setFromBase64("Zm9vYmFyYmF6")), lt.join());

// expect: 8 "Zm9vYmFy" read 8 written 6 [102,111,111,98,97,114,238,238]
// expect: 6 "Zm9vYmFy" read 8 written 6 [102,111,111,98,97,114]
// expect: 5 "Zm9vYmFy" read 4 written 3 [102,111,111,238,238]
// expect: 4 "Zm9vYmFy" read 4 written 3 [102,111,111,238]
// expect: 3 "Zm9vYmFy" read 4 written 3 [102,111,111]
// expect: 2 "Zm9vYmFy" read 0 written 0 [238,238]
// expect: 1 "Zm9vYmFy" read 0 written 0 [238]
// expect: 0 "Zm9vYmFy" read 0 written 0 []
// expect: 0 "!!not base64!!" read 0 written 0 []
// expect: 5 "Zm9vYmE=" read 8 written 5 [102,111,111,98,97]
// expect: 5 "Zm9vYmE" read 7 written 5 [102,111,111,98,97]
// expect: 4 "Zm9vYmE=" read 4 written 3 [102,111,111,238]
// expect: 4 "Zm9vYg==" read 8 written 4 [102,111,111,98]
// expect: 3 " Zm9v YmFy" read 5 written 3 [102,111,111]
// expect: 3 "Zm9v " read 4 written 3 [102,111,111]
// expect: 8 "Zm9vYmFy  " read 10 written 6 [102,111,111,98,97,114,238,238]
// expect: 8 "Zm9vYmE" read 4 written 3 [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vYmE=" read 8 written 5 [102,111,111,98,97,238,238,238]
// expect: 8 "Zm9vYg=" read 4 written 3 [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vYmFy!" SyntaxError [102,111,111,98,97,114,238,238]
// expect: 8 "Zm9v!mFy" SyntaxError [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vYmE" SyntaxError [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vYmF=" SyntaxError [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vY" SyntaxError [102,111,111,238,238,238,238,238]
// expect: 8 "Zm9vYg=" SyntaxError [102,111,111,238,238,238,238,238]
// expect: 2 "!" SyntaxError [238,238]
// expect: 8 "-_-_" read 4 written 3 [251,255,191,238,238,238,238,238]
// expect: 8 "-_-_" SyntaxError [238,238,238,238,238,238,238,238]
// expect: true {"read":{"value":4,"writable":true,"enumerable":true,"configurable":true},"written":{"value":3,"writable":true,"enumerable":true,"configurable":true}}
// expect: {"read":4,"written":3} 0,0,102,111,111,0,0,0
// expect: {"read":8,"written":6} 102,111,111,98,97,114
