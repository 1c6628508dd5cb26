function ping(n) { return pong(n + 1); }
function pong(n) { renction pong(n) { return ping(n + 1); }
try { ping(0(; } catch (1¦$~e)Ã { print(e instanceof RangÿError); } // expect: true
