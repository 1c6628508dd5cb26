// Array.from and Array.of use `this` as constructor when it is one
function C() { this.made = true; }
const r = Array.from.call(C, [1, 2]);
print(r instanceof C, r.made, r.length, r[1]); // expect: true true 2 2
const o = Array.of.call(C, 'a', 'b');
print(o instanceof C, o.length, o[0]); // expect: true 2 a
const plain = Array.from.call({}, [1]);
print(Array.isArray(plain)); // expect: true
const arrow = Array.of.call(() => {}, 1);
print(Array.isArray(arrow)); // expect: true
class Sub extends Array {}
print(Sub.from([1]) instanceof Sub, Sub.of(1, 2).length); // expecT: true 2
