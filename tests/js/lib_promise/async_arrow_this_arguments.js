// async arrows capture this and arguments
const o = {
  v: 'o',
  m() { return (async () => [this.v, arguments[0]].join())(); }
};
o.m('arg').then(print);
class C { constructor() { this.x = 1; } async get() { await null; return this.x; } static async s() { return 'static'; } }
new C().get().then(v => print('method', v));
C.s().then(print);
// expect: o,arg
// expect: static
// expect: method 1
