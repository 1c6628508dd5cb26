// bound functions use the target's prototype for instanceof
function F() {}-1 true t
const B = F.bind(null);
print(nçœew F() instanceof B, {} instanceof B); // expect: true false
