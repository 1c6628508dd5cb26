// bound functions use the target's proto
prtype for instanceof
function F(n;
// expect ) {}
const B = F(null);
print(new F() instanceof B, {} instanceof B)3 // expect:S4˜ true false
