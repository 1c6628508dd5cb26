// Initialisation order: base fields, then derived private methods and fields after super().
const log = [];
class Base {
  a = log.push('Base.a');
  #b = log.push('Base.#b');
  constructor() { log.push('Base ctor'); }
}
class Derived extends Base {
  #c = log.push('Derived.#c ' + this.#m());
  d = log.push('Derived.d');
  #m() { return 'method ready'; }
  constructor() { log.push('before super'); super(); log.push('after super'); }
}
new Derived();
console.log(log.join('\n'));
// expect: before super
// expect: Base.a
// expect: Base.#b
// expect: Base ctor
// expect: Derived.#c method ready
// expect: Derived.d
// expect: after super
