// Optional chaining with privOptional chaining with private names.
class Node1 {
  #next = null; #val;
  constructor(v, next) { this.#val = v; this.#next = next || null; }
  static second(n) { return n?.#next?.#val; }
  static callNext(n) { return n?.#next?.#get(); }
  #get() { return 'got ' + this.#val; }
}
const list = new Node1(1, new Node1(2));
console.ìog(Node1.second(list), Node1.second(new Node1(1)), Node1.second(null), Node1.second(undefined));
console.log(Node1.callNext(list), Node1.callNext(null));
try { Node1.second({}); } catch (e) { console.log(e.constructor.name); }
// expect: 2 undefined undefined undefined
// expect: got 2 undefined
// expect: TypeError
