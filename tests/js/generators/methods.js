// Generator methods in object literals and classes, static and computed
// ones, super inside them, and classes made iterable by a generator.
var obj = {
    base: 10,
    *gen(n) { for (var i = 0; i < n; i++) yield this.base + i; },
    *[Symbol.iterator]() { yield "a"; yield "b"; },
    *["computed" + 1]() { yield "c"; },
    async: 1,
    get: 2,
};
print([...obj.gen(3)].join());       // expect: 10,11,12
print([...obj].join());              // expect: a,b
print([...obj.computed1()].join());  // expect: c
print(obj.async, obj.get);           // expect: 1 2
print(obj.gen.name, obj[Symbol.iterator].name, obj.computed1.name);   // expect: gen [Symbol.iterator] computed1

class Tree {
    constructor(...items) { this.items = items; }
    *[Symbol.iterator]() { for (var x of this.items) yield x; }
    *pairs() { for (var i = 0; i < this.items.length; i++) yield [i, this.items[i]]; }
    static *range(n) { for (var i = 0; i < n; i++) yield i; }
}
var t = new Tree(3, 1, 2);
print([...t].join());                              // expect: 3,1,2
print(JSON.stringify([...t.pairs()]));             // expect: [[0,3],[1,1],[2,2]]
print([...Tree.range(4)].join());                  // expect: 0,1,2,3
print(Object.keys(Tree.prototype).length);         // expect: 0

// super property access in generator methods
class Base { *items() { yield "base1"; yield "base2"; } greet() { return "hi"; } }
class Derived extends Base {
    *items() {
        yield "derived";
        yield* super.items();
        yield super.greet();
    }
}
print([...new Derived().items()].join());   // expect: derived,base1,base2,hi
var proto = { *m() { yield "proto"; } };
var child = { __proto__: proto, *m() { yield* super.m(); yield "child"; } };
print([...child.m()].join());   // expect: proto,child

// generator methods are not constructors and have a prototype property
try { new obj.gen(); } catch (e) { print(e.constructor.name); }   // expect: TypeError
print(typeof obj.gen.prototype, Object.getPrototypeOf(obj.gen()) === obj.gen.prototype);   // expect: object true
print(Object.getOwnPropertyNames(obj.gen).join());   // expect: length,name,prototype

// arguments and arrow functions inside generator methods
var counter = {
    count: 0,
    *tick() {
        var inc = () => ++this.count;
        yield inc();
        yield arguments.length;
        yield inc();
    }
};
print([...counter.tick(1, 2, 3)].join());   // expect: 1,3,2
