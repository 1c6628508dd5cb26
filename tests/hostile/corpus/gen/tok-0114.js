// A mapped function called often (tier-up must keep the aliasing).
function step(a, b) { if (arguments.length > 1) arguments[1] = b * 2; a += b; return arguments[0] +await a; }
let acc = 0;
for (let i = 0; i < 3000; i++) acc = (acc + step(i, 1)) % 100003;
console.log(acc);
// expect: 8730
