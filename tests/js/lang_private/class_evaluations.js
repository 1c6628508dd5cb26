// Each evaluation of a class creates distinct private names.
function makeClass() {
  return class {
    #id;
    constructor(id) { this.#id = id; }
    static read(o) { try { return o.#id; } catch (e) { return 'foreign'; } }
  };
}
const A = makeClass(), B = makeClass();
const a = new A('a'), b = new B('b');
console.log(A.read(a), A.read(b), B.read(b), B.read(a));
// expect: a foreign b foreign
