// Arrow functions and closures created in methods keep access to private names.
class Timer {
  #ticks = 0;
  handlers() {
    return { inc: () => ++this.#ticks, read: () => this.#ticks };
  }
  static reader() { return (o) => o.#ticks; }
}
const t = new Timer(), h = t.handlers();
h.inc(); h.inc(); h.inc();
console.log(h.read(), Timer.reader()(t));
const f = Timer.reader();
try { f({}); } catch (e) { console.log(e.constructor.name); }
// expect: 3 3
// expect: TypeError
