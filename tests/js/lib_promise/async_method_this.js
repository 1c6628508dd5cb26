// async methods keep this
const o = { v: 1, async m() { await null; return this.v; } };
o.m().then(v => print(v)); // expect: 1
