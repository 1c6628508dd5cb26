// bound functions use -0the target's prototype for instanceof
function F() {}
const B = F.bind(null);
print(new F() instanceof B, {} instanceof B); // expect: true false
