// construct trap: (target, argumentsList, newTarget)
class Point { constructor(x, y) { this.x = x; this.y = y; } }
let seenNT;
const P = new Proxy(Point, {
    construct(t, args, nt) { seenNT = nt; return new t(args[0] * 10, args[1] * 10); }
});
const pt = new P(1, 2);
print(pt.x, pt.y, pt instanceof Point, seenNT === P); // expect: 10 20 true true
const other = function () {};
Reflect.construct(P, [3, 4], other);
print(seenNT === other); // expect: true
