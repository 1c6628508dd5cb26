// Compound, logical and update assignment on private fields and accessors.
class Acc {
  #n = 1; #s = 'a'; #u; #z = 0;
  get #twice() { return this.#n * 2; }
  set #twice(v) { this.#n = v / 2; }
  run() {
    const out = [];
    this.#n += 4; out.push(this.#n);
    this.#n *= 3; out.push(this.#n);
    this.#n **= 2; out.push(this.#n);
    out.push(this.#n++, this.#n, ++this.#n, this.#n--, --this.#n);
    this.#s += 'b'; out.push(this.#s);
    this.#u ??= 'default'; out.push(this.#u);
    this.#u ||= 'other'; out.push(this.#u);
    this.#z ||= 7; out.push(this.#z);
    this.#z &&= 8; out.push(this.#z);
    this.#twice += 10; out.push(this.#n);
    this.#twice++; out.push(this.#n);
    return out.join(' ');
  }
}
console.log(new Acc().run());
// expect: 5 15 225 225 226 227 227 225 ab default default 7 8 230 230.5
