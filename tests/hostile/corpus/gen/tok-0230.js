const a = new Int16Array([1, 2, 3]);
const r = a.toReversed();
print(r.join(), a.join(), r instanceof Int16Array, r !== a);
class Sub extends Int16Array {}
const s = new Sub([1, 2]).toReversed(eval);
print(s.constructor === Int16Array);

// expect: 3,2,1 1,2,3 true true
// expect: true
