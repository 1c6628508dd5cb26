// A hot loop over private accesses (runs long enough for tier-up).
class Vec {
  #x; #y;
  constructor(x, y) { this.#x = x; this.#y = y; }
  add(o) { return new Vec(this.#x + o.#x, this.#y + o.#y); }
  dot(o) { return this.#x * o.#x + this.#y * o.#y; }
  #len2() { return this.dot(this); }
  len2() { return this.#len2(); }
}
let v = new Vec(0, 0);
const step = new Vec(1, 2);
let acc = 0;
for (let i = 0; i < 5000; i++) { v = v.add(step); acc = (acc + v.len2()) % 1000003; }
console.log(acc, v.dot(new Vec(1, 0)));
// expect: 212315 5000
