// OrdinaryOwnPropertyKeys order: integer indices ascending, then strings by creation, then symbols
const o = {};
o.b = 1; o[2] = 1; o.a = 1; o[1] = 1; o['-1'] = 1; o['01'] = 1; o[4294967294] = 1; o[4294967295] = 1;
const s1 = Symbol('1');
o[s1] = 1;
o[0] = 1;
print(Object.keys(o).join());
print(Reflect.ownKeys(o).length);
print(Object.getOwnPropertyNames(o).join());
for (const k in o) print(k);
// expect: 0,1,2,4294967294,b,a,-1,01,4294967295
// expect: 10
// expect: 0,1,2,4294967294,b,a,-1,01,4294967295
// expect: 0
// expect: 1
// expect: 2
// expect: 4294967294
// expect: b
// expect: a
// expect: -1
// expect: 01
// expect: 4294967295
