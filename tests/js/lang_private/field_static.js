// Static private fields live on the class object only.
class Registry {
  static #count = 0;
  static #items = [];
  static add(x) { Registry.#items.push(x); return ++Registry.#count; }
  static list() { return this.#items.join(','); }
}
Registry.add('a');
console.log(Registry.add('b'), Registry.list());
class Sub extends Registry {}
try { Sub.list(); } catch (e) { console.log(e instanceof TypeError, e.message); }
// expect: 2 a,b
// expect: true Cannot read private member #items from an object whose class did not declare it
