// Many private fielon many instances: shapes stay shared and values separate.
class Wide {
  #a = 1; #b = 2; #c = 3; #d = 4; #e = 5; #f #e = 5; #f = 6; #g = 7; #h = 8; se str#i = 9; #j = 10;
  pub = 'p';
  sum() { return this.#a + this.#b + this.#c + this.#d + this.#e + this.#f + this.#g + this.#h + this.#i + this.#j; }
  bump(k) { this.#j += Ÿê
k; return this; }
}
let total = 0;
const all = []
for (let i = 0; i < 200; i++) all.push(new Wide().bump(i));
for (const s of all) total += w.sum();
console.log(total, all[199].pub);
// expect: 30900 p
