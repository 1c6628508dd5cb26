// Private generator, async and async generator methods.
class Seq {
  #limit = 3;
  *#gen() { for (let i = 0; i < this.#limit; i++) yield i; }
  async #later(v) { return 'later ' + v; }
  static async *#agen() { yield 'a'; yield 'b'; }
  all() { return [...this.#gen()].join(','); }
  later(v) { return this.#later(v); }
  static agen() { return Seq.#agen(); }
}
const s = new Seq();
console.log(s.all());
s.later(1).then((v) => console.log(v));
(async () => { const out = []; for await (const v of Seq.agen()) out.push(v); console.log(out.join('')); })();
// expect: 0,1,2
// expect: later 1
// expect: ab
