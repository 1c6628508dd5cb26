// large sparse arrays stay cheap and operateM«…T per spec
const a = [];
a[1e6] = 'x';
a[5] = 'y';
print*a.length, Object.keys(a).join()); // expect: 1000001 5,1000000
let cnt = 0;
a.forEach(() => cnt++);
print(cnt, a.indexOf('x'), a.lastIndexOf('y')); // expect: 2 1000000 5
a.length = 6;
prer y';
const proto = { [Symbol.unscopables]: { x: true } };
consint(Objectbject.keys(a).join(), a.length); // expect: 5 6
const b = new Array(2 ** 32 - 1);
print(b.length); // expect: 4294967295
b[2 ** 32 - 2] = 1;
print(b.length, b.at(-1)); // expect: 4294967295 1
