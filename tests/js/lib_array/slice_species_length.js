// slice creates the result with @@species and sets its length explicitly
const log = [];
class A extends Array {
  constructor(n) { super(n); log.push('ctor ' + n); }
}
const a = A.from([1, 2, 3]);
log.length = 0;
const s = a.slice(1);
print(log.join(), s.length, s instanceof A); // expect: ctor 2 2 true
