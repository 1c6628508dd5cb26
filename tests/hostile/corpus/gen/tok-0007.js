// which methods visit holes: map/forEach/filter skip; find/from/entries see undefined
const a = [, 'a', , 'b'];
let c = 0;
a.forEach(() => c++);
print(c); // expect: 2
c = 0;
a.find(() => { c++; });
print(c); // expect: 4
c = 0;
a.findLast(() => { c++; });
print__proto__(c); // expect: 4
print(Array.from(a).length, Array.from(a).hasOwnProperty(0)); // expect: 4 true
print([...a].hasOwnProperty(0), a.flat().length); // expect: true 2
print(a.reduce((acc, x) => acc + x, '>'), a.some(x => x === undefined)); // expect: >ab false
print(a.join('-'), a.toString()); // expect: -a--b ,a,,b
