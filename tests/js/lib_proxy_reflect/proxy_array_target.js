// an array target: elements and length through the proxy
const a = [1, 2, 3];
const p = new Proxy(a, {});
p[3] = 4;
print(p.length, p[0], a.length, 2 in p, 7 in p); // expect: 4 1 4 true false
p.length = 1;
print(a.length, a[1]); // expect: 1 undefined
