// node: skip (node 20 has no Uint8Array base64 / hex methods; expectations worked out from the spec's FromHex by hand)
function run(n, s) {
    const t = new Uint8Array(n).fill(238);
    let r;
    try { r = t.setFromHex(s); r = "read " + r.read + " written " + r.written; }
    catch (e) { r = e.constructor.name; }
    print(n, JSON.stringify(s), r, "[" + t.join() + "]");
}
run(4, "0102ff");
run(3, "0102ff");
run(2, "0102ff");          // stops when the target is full
run(1, "aazz");            // full before the bad pair is looked at: no error
run(0, "zz");
run(0, "a");               // odd length is an error before anything else, even for an empty target
run(4, "aab");
run(4, "aabbzz");          // the pairs before the bad one are written, then the SyntaxError
run(4, "aab ");
run(4, "AbCd");
run(4, "");
const r = new Uint8Array(2).setFromHex("ffff");
print(Object.getPrototypeOf(r) === Object.prototype, Object.keys(r).join(), r.read, r.written);
const buf = new Uint8Array(6);
print(JSON.stringify(buf.subarray(1, 3).setFromHex("010203")), buf.join());

// expect: 4 "0102ff" read 6 written 3 [1,2,255,238]
// expect: 3 "0102ff" read 6 written 3 [1,2,255]
// expect: 2 "0102ff" read 4 written 2 [1,2]
// expect: 1 "aazz" read 2 written 1 [170]
// expect: 0 "zz" read 0 written 0 []
// expect: 0 "a" SyntaxError []
// expect: 4 "aab" SyntaxError [238,238,238,238]
// expect: 4 "aabbzz" SyntaxError [170,187,238,238]
// expect: 4 "aab " SyntaxError [170,238,238,238]
// expect: 4 "AbCd" read 4 written 2 [171,205,238,238]
// expect: 4 "" read 0 written 0 [238,238,238,238]
// expect: true read,written 4 2
// expect: {"read":4,"written":2} 0,1,2,0,0,0
