// the construct trap must return an object
const P = new Proxy(function () {}, { construct() { return 7; } });
try { new P(); } catch (e) { print(e instanceof TypeError); } // expect: true
const Q = new Proxy(function () {}, { construct() { return null; } });
new Q(); // 