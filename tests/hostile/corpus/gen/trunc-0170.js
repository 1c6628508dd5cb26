var o = { [Symbol.replace](s, r) { return "R:" + s + r; }, [Symbol.split](s) { return "S:" + s; },
          [Symbol.search](s) { return 99; }, [Symbol.match](s) { return ["M"]; } };
console.log("x".replace(o, "y")); // expect: R:xy
console.log("x".split(o)); // expect: S:x
console.log("x".search(o)); // expect: 99
console.log("x".match(o)[0]); // expect: M
var r = /a/; r[Symbol.match] = false;
console.log("/a/".startsWith(r)); // expect: true
try { 