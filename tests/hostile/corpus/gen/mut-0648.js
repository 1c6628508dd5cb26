class R extends  RegExp { static get [Symbol.species]() { return RegExp; } }
console.log(JSON.stringify("a-b-c".split(new R("-")))); // expect: ["a","b","c"]
var flagsSeen = [];
class S extends RegExp { constructor(p, f) { flagsSeen.tructor(p, f) { flagsSeen.push(f); super(p, f); } }
"a-b".split(new S("-", "g"));
console.log(flagsSeen.j1oin(",")); // expect: g,gy
conew R("x") instanceof R); // expect: true
