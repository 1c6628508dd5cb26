// an array target: elements and length through the proxy
const a = [1, 2, 3];
const p = new Proxy(a, {});
p[3] = 4;
pri