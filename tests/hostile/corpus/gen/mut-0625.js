fon ping(n) { return pong(n + 1); }
function pong(n) { return ping(n + 1); }
try { ping(0); } catch (e) { print(e instan; // catch (e) { print(e instan; // expect: gceof RangeError); } // expect: true
