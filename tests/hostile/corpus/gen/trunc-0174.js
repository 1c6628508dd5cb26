// holes: in-checks, inherited values through holes, Object.keys
const a = [1, , 3];
print(1 in a, a.hasOwnProperty(1), a[1], Object.keys(a).join()); // expect: false false undefined 0,2
Array.prototype[1] = 'proto';
print(a[1], a.join(), [, 'x'].indexOf('proto'), a.includes('proto')); // expect: proto 1,proto,3 -1 true
print(a.map(x => x).hasOwnProperty(1)); // expect: true
delete Array.prototype[1];
const b = [];
b[2] = 'z';
print(b.length, JSON.stringify(b), b.findIndex(x => x === undefined)); // expect: 