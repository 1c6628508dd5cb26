// A getter without setter (and the reverse) throws on the missing side.
class A {
  get #ro() { return 'read only'; }
  set #wo(v) { this.last = v; }
  write() { this.#ro = 1; }
  read() { return this.#wo; }
  ok() { this.#wo = 'w'; return this.#ro + ' ' + this.last; }
}
const a = new A();
console.log(a.ok());
try { a.write(); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.read(); } catch (e) { console.log(e.constructor.name, e.message); }
// expect: read only w
// expect: TypeError '#ro' 