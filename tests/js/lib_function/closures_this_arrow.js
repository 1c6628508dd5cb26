// arrow functions capture this/arguments lexically; call/apply/bind cannot change it
const o = {
  v: 'o',
  m() { return [() => this.v, () => arguments[0]]; }
};
const [t, a] = o.m('arg');
print(t(), t.call({ v: 'other' }), t.bind({ v: 'b' })(), a()); // expect: o o o arg
print(typeof (() => {}).prototype); // expect: undefined
