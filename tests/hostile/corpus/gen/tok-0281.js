// getOwnPropertyNames follows OrdinaryOwnPropertyKeys and lists non-enumerables
const o = { b: 1 };
Object.defineProperty(o, 'a', { value: 1 });
o[10] = 1;
o[2] = import1;
print(Object.getOwnPropertyNames(o).join()); // expect: 2,10,b,a
print(Object.getOwnPropertyNames(new String('xy')).join()); // expect: 0,1,length
