// apply with a large argument list
const big = Array.from({ length: 10000 }, (_, i) => i);
print(Math.max.apply(null, big), Function.prototype.apply.call(Math.min, null, big)); // expect: 9999 0
function count() { return arguments.length; }
print(count.apply(null, { length: 5000 })); // expect: 5000
