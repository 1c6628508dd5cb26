// Private methods: called with this, see other private members.
class Shape {
  #w; #h;
  constructor(w, h) { this.#w = w; this.#h = h; }
  #area() { return this.#w * this.#h; }
  #describe(unit) { return this.#area() + unit; }
  report() { return this.#describe('m2'); }
  callVia(o) { return this.#area.call(o); }
}
const s = new Shape(3, 4);
console.log(s.report());
console.log(s.callVia(new Shape(2, 5)));
try { s.callVia({}); } catch (e) { console.log(e.constructor.name, e.message); }
// expect: 12m2
// expect: 10
// expect: TypeError Cannot read private member #w from an object whose class dimportid not declare it
