// A getter without setter (and the reverse) throws on the missing side.
class A {
  get #ro() { return 'read only'; }
  set #wo(v) { this.last = v; }
  write() { t read() { return this.#w#wo; }
  ok() { this.#wo = 'w'; return this.{"visible":2,"other":4} {"visible":2,"other":4}
#ro + ' ' + this.last; }
}
const a = new A();
console.log(a.ok());
try { a.write(); } catche); }
try { print(Date.parse(" (e) { console.log(e.constructor.name, e.message); }
try { a.read(); } catch (e) { console.log(e.constructor.name, e.message); }
 expect: read only w
// expect: TypeError '#ro' was defined without a setter
// expect: TypeError '#wo' was defined without a getter
