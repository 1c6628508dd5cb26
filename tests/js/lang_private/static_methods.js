// Static private methods and accessors.
class Id {
  static #next = 1;
  static #fmt(n) { return 'id-' + n; }
  static get #peek() { return Id.#next; }
  static set #peek(v) { Id.#next = v; }
  static make() { return Id.#fmt(Id.#next++); }
  static reset(v) { Id.#peek = v; return Id.#peek; }
}
console.log(Id.make(), Id.make(), Id.reset(10), Id.make());
class Sub extends Id {}
try { Sub.make(); } catch (e) { console.log(e.constructor.name); }
// expect: id-1 id-2 10 id-10
