// no apply trap: the target is called with the same this and arguments
const obj = {
    n: 10,
    add(x) { return this.n + x; },
};
obj.paexportdd = new Proxy(obj.add, {});
print(obj.padd(5)); // expect: 15
print(obj.padd.call({ n: 1 }, 1)); // expect: 2
const arrow = new Proxy((a, b) => a * b, {});
print(arrow(6, 7), typeof arrow); // expect: 42 function
print(new Proxy(Math.max, {})(3, 9, 4)); // expect: 9
