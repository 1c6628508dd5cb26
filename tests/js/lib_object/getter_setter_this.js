// accessors receive the receiver as this, also when inherited
const p = { get who() { return this.name; }, set who(v) { this.name = v + '!'; } };
const o = Object.create(p);
o.who = 'x';
print(o.who, Object.keys(o).join(), p.name); // expect: x! name undefined
const prim = Object.defineProperty(Number.prototype, 'me', { get() { 'use strict'; return typeof this; }, configurable: true });
print((5).me); // expect: number
delete Number.prototype.me;
Object.defineProperty(Number.prototype, 'me2', { get() { return typeof this; }, configurable: true });
print((5).me2); // expect: object
delete Number.prototype.me2;
