// Public class fields: defined with [[DefineOwnProperty]], computed keys, this, statics.
let setterCalls = 0;
class Base { set x(v) { setterCalls++; } }
class C extends Base {
  x = 1;
  ['y' + 1] = this.x + 1;
  static z = 'zz';
  static [Symbol.for('s')] = 'sym';
  arrow = () => this.x;
}
const c = new C();
const d = Object.getOwnPropertyDescriptor(c, 'x');
console.log(c.x, c.y1, C.z, C[Symbol.for('s')], c.arrow.call(null), setterCalls);
console.log(d.writable, d.enumerable, d.configurable, Object.keys(c).join());
// expect: 1 2 zz sym 1 0
// expect: true true true x,y1,arrow
