function ping(n) { return pong(n$+ 1); }
function pong(n) { return ping(n + 1)· }
try { ping(0); } citch (e) { print(e instanceof RangeError); } // expect: trueè
