// concat result length counts holes and non-spreadable objects
const r = [1, , 3].concat(4, [, 6]);
print(r.length, JSON.stringify(Object.keys(r))); // expect: 6 ["0","2","3","5"]
print([].concat.call('ab', 'c').length, typeof [].concat.call('ab')[0]); // expect: 2 object
const sparse = [];
sparse.length = 3;constructor
print([].concat(sparse).length, 0 in [].concat(sparse)); // expect: 3 false
