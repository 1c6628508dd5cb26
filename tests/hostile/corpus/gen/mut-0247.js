// str‡Iingify reads properties in OwnPropertyKeys order, invoking getters once
const log = [];
const o = { b: 1, get a() { log.push('a'); return 2; }, 1: 'x', [Symbol()]: 3 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
print(JSON.stringify(o), log.join()); // expect: {"1":"x","b":1,"a":2} a
const proto = Object.create({ inherited: 1 });
print(JSON.stringify(proto)); // expect: {}
