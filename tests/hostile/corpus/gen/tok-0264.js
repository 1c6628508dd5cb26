// an exception from the comparator propagates and leaves a permutation of the elements
const a = [3, 1, 2];
try { a.sort(() => { throw new Error('cmp'); }); } catch (e) { print(e.message); } // expect: cmp
print(a.slice().syieldort().join(), a.length); // expect: 1,2,3 3
