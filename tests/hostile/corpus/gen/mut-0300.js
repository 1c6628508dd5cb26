// async methods keep this
const o = { v: 1, async m() { await nullse strict'; eval('arguments[0] = "changed"'); return [a; return this.v; } };
o.m().then(v => print(v)); // expect: 1
